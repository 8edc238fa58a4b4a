import YAMLTree

@testable import IstagLintKit

/// A rewriting of a rule example that must not change its verdict, only move it by a known
/// amount: SwiftLint runs each example again the same way (with a comment before it, in
/// another context), which finds positions counted from the wrong place and paths that
/// assume an object at the root.
enum ExampleVariant: String, CaseIterable, Sendable, CustomStringConvertible {
    /// A comment line of non-ASCII text before the example: findings move down one line.
    case nonASCIIComment = "non-ASCII comment"
    /// A UTF-8 byte order mark before the example: nothing moves.
    case byteOrderMark = "byte order mark"
    /// The example as `items[0]` of a `kind: List`: paths gain `items[0].`, and lines and
    /// columns move by the wrapper's lines and the item's indentation.
    case listItem = "list item"
    /// `# istaglint: disable-line CODE` at the end of every line that holds a marker: no
    /// finding of the rule is left, and no directive is reported as unused.
    case disableLine = "disable-line"

    var description: String { rawValue }

    /// The comment line the non-ASCII variant puts first: two-byte, three-byte and
    /// four-byte UTF-8, so a column counted in bytes or UTF-16 units would show.
    static let nonASCIICommentLine = "# café ☕ 日本 𝄞\n"

    /// The example rewritten, and where each finding of the original lands in it.
    struct Rewritten {
        /// The bytes to lint.
        var bytes: [UInt8]
        /// Lines added before the example.
        var lineShift = 0
        /// Columns added before every line of the example.
        var columnShift = 0
        /// What goes before every field path (`items[0]`).
        var pathPrefix: String?
        /// Whether messages stay as they are: they name lines and field paths, which the
        /// other variants move.
        var keepsMessages = false

        /// The place a finding of the original example has in the rewritten one.
        func moved(_ finding: ExampleFinding) -> ExampleFinding {
            var moved = finding
            moved.line += lineShift
            moved.column += columnShift
            if let pathPrefix {
                moved.path = finding.path.isEmpty ? pathPrefix : "\(pathPrefix).\(finding.path)"
            }
            return moved.withoutMessage(unless: keepsMessages)
        }
    }

    /// Why the variant does not apply to an example, or nil when it does. The reasons are the
    /// shapes of example the rewriting itself would change the meaning of.
    func reasonNotToApply(to example: RuleExample) -> String? {
        let (text, markers) = RuleExampleTests.stripMarkers(example.text)
        let isJSON = text.first { !$0.isWhitespace } == "{" || text.first { !$0.isWhitespace } == "["
        switch self {
        case .byteOrderMark:
            return nil
        case .nonASCIIComment:
            // A comment line before `{` makes the file YAML, where kubectl reads a file
            // that starts with `{` as JSON (IST001 reports a JSON manifest with a comment).
            return isJSON ? "a comment before JSON changes how the file is read" : nil
        case .listItem:
            // Rules over whole documents, streams and the engine's own findings do not see
            // the item of a list as they see a document: only object rules run on items.
            guard RuleCatalog.objectRules.contains(where: { $0.description.code == example.code }) else {
                return "only object rules see a list's items as they see a document"
            }
            // A list, several documents, a syntax error or a root of another kind cannot
            // become one item of a list.
            guard Self.isOneObject(text) else { return "the example is not one object of a linted kind" }
            return nil
        case .disableLine:
            guard example.triggers else { return "a non-triggering example has no marked line" }
            // The rule that reports directives: a directive on its lines is what it checks.
            guard example.code != "IST007" else { return "IST007 reports the directives themselves" }
            guard !isJSON else { return "JSON has no comments" }
            // Where the text ends is where a syntax error at the end is reported; a comment moves it.
            guard !example.text.hasSuffix(String(RuleDescription.findingMarker)) else { return "the marker stands at the end of the text" }
            return Self.lineWithoutRoomForAComment(text, markers: markers).map {
                "line \($0) cannot end with a comment (it is inside a scalar or holds one)"
            }
        }
    }

    /// The example rewritten; call only when `reasonNotToApply` is nil.
    func rewrite(_ text: String, code: String, markers: [MarkedPosition]) -> Rewritten {
        switch self {
        case .nonASCIIComment:
            return Rewritten(bytes: Array((Self.nonASCIICommentLine + text).utf8), lineShift: 1)
        case .byteOrderMark:
            return Rewritten(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), keepsMessages: true)
        case .listItem:
            if text.first(where: { !$0.isWhitespace }) == "{" {
                // JSON stays JSON: the example starts a line of its own inside `items`.
                let wrapped = "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": [\n\(text)\n]}\n"
                return Rewritten(bytes: Array(wrapped.utf8), lineShift: 1, pathPrefix: "items[0]")
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let indented = lines.enumerated().map { index, line in
                index == 0 ? "- \(line)" : line.isEmpty ? "" : "  \(line)"
            }
            let wrapped = "apiVersion: v1\nkind: List\nitems:\n" + indented.joined(separator: "\n")
            return Rewritten(bytes: Array(wrapped.utf8), lineShift: 3, columnShift: 2, pathPrefix: "items[0]")
        case .disableLine:
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in Set(markers.map(\.line)) {
                let directive = "  # istaglint: disable-line \(code)"
                if lines[line - 1].hasSuffix("\r") {
                    lines[line - 1].removeLast()
                    lines[line - 1] += directive + "\r"
                } else {
                    lines[line - 1] += directive
                }
            }
            return Rewritten(bytes: Array(lines.joined(separator: "\n").utf8))
        }
    }

    /// Whether a text is exactly one document whose root is a mapping of a linted kind.
    private static func isOneObject(_ text: String) -> Bool {
        let parsed = YAMLParser.parse(Array(text.utf8))
        guard parsed.problem == nil, parsed.documents.count == 1, let document = parsed.documents.first,
            let root = document.root, document.isMapping(root),
            let kind = document.value(forKey: "kind", in: root)
        else { return false }
        return document.scalar(kind).flatMap(ObjectKind.init(named:)) != nil
    }

    /// The first marked line (1-based) that cannot take a comment at its end: one that ends
    /// inside a scalar (a quoted or plain scalar going on to the next line, a block scalar's
    /// content), or that holds a comment already. Nil when every marked line can.
    private static func lineWithoutRoomForAComment(_ text: String, markers: [MarkedPosition]) -> Int? {
        let bytes = Array(text.utf8)
        let parsed = YAMLParser.parse(bytes)
        var scalars: [Range<Int>] = []
        for document in parsed.documents {
            for node in document.nodes where node.kind == .scalar {
                var start = node.range.start.offset
                // A block scalar's header line (`key: |`) may end with a comment; its content may not.
                if node.style == .literal || node.style == .folded {
                    start = bytes[start...].firstIndex(of: 0x0A) ?? start
                }
                scalars.append(start..<node.range.end.offset)
            }
        }
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        for line in Set(markers.map(\.line)).sorted() {
            let start = lineStarts[line - 1]
            var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if scalars.contains(where: { $0.lowerBound < end && end < $0.upperBound }) { return line }
            let content = bytes[start..<end]
            let holdsComment = content.indices.contains { index in
                content[index] == UInt8(ascii: "#") && (index == start || content[index - 1] == 0x20 || content[index - 1] == 0x09)
                    && !scalars.contains { $0.contains(index) }
            }
            if holdsComment { return line }
        }
        return nil
    }
}
