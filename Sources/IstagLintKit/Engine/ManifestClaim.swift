import YAMLTree

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a file is, or says it is, something istaglint lints: the decision that keeps
/// istaglint silent on the files of other tools and loud on its own.
///
/// A pre-commit hook hands istaglint every YAML and JSON file of a repository: `tsconfig.json`
/// and `.vscode/settings.json` (JSON with comments), Helm charts, Ansible playbooks, files
/// broken in ways only their own tool cares about. A file that parses is judged document by
/// document (`LintDocument`); these scans decide what a parse cannot:
///
/// - a file that does not parse (or is JSON with comments) is istaglint's to report only when
///   a document before the problem was linted, or its text *claims* it: it names a linted kind
///   (a top-level `kind` of ImageStreamTag, ImageStream or their lists: the key at the start of
///   a line, or a member of a JSON root object), or an `apiVersion` of the `image.openshift.io`
///   group anywhere. Otherwise it is *not a manifest*: counted, named with `--verbose`, never
///   an error;
/// - a template (`{{ … }}` or `{% … %}` outside a comment line) that names a linted kind gets
///   one `templated-manifest` finding instead of being read as YAML, which it is not until
///   rendered; any other template is linted as any other file, and is not a manifest when it
///   does not parse. `${{ … }}` is not a template: it is how an OpenShift Template writes a
///   parameter and a GitHub workflow an expression, inside valid YAML.
///
/// Each scan is one pass over the bytes, run only when its answer is needed: every file pays
/// one search for `ImageStream` and `image.openshift.io/`, the rest runs on the files
/// that mention them or that did not parse.
public enum ManifestClaim {
    /// What istaglint does with a file before parsing it.
    public enum Early: Sendable, Hashable {
        /// Parse it and lint what it holds.
        case parse
        /// A template naming a linted kind: report the template expression at these bytes.
        case template(Range<Int>)
        /// JSON with a comment at this byte offset, in a file that claims to be istaglint's:
        /// kubectl reads a file that starts with `{` as JSON and refuses the comment, so it is
        /// a syntax error.
        case jsonComment(Int)
    }

    /// The kinds whose name claims a file (`List` holds other kinds as often).
    static let claimingKinds: [[UInt8]] = ["ImageStreamTagList", "ImageStreamTag", "ImageStreamList", "ImageStream"].map { Array($0.utf8) }
    /// The kind every claiming kind starts with, for the first, cheap search.
    static let kindStem = Array("ImageStream".utf8)
    /// The keys the scans look for.
    static let kindKey = Array("kind".utf8)
    static let apiVersionKey = Array("apiVersion".utf8)
    /// The apiVersion prefix that claims a file.
    static let claimingGroup = Array((LintDocument.imageGroup + "/").utf8)

    /// What to do with a file's bytes before parsing them.
    public static func early(_ bytes: [UInt8]) -> Early {
        guard mentionsLintedKind(bytes) else { return .parse }
        let namesKind = namesLintedKind(bytes)
        guard namesKind || namesImageGroup(bytes) else { return .parse }
        if startsAsJSON(bytes), let comment = jsonComment(in: bytes) { return .jsonComment(comment) }
        if namesKind, let expression = templateExpression(in: bytes) { return .template(expression) }
        return .parse
    }

    /// Whether the text claims to be istaglint's: it names a linted kind, or the image group.
    public static func claims(_ bytes: [UInt8]) -> Bool {
        mentionsLintedKind(bytes) && (namesLintedKind(bytes) || namesImageGroup(bytes))
    }

    /// Why a parsed file is not a manifest, as a lowercase phrase, or nil when it is linted
    /// and reported as usual.
    ///
    /// A file is not a manifest when no document of it was linted, its text does not claim
    /// it (`claims(_:)`), and it cannot be read as YAML: a syntax or encoding problem, or JSON
    /// with comments (which a YAML parser may read as nonsense keys). A file that parses and holds
    /// only other documents is not this: its documents are skipped and counted as usual.
    /// `file` is the name the file is linted under, whose extension tells JSON apart.
    public static func notManifestReason(_ parsed: ParseResult, file: String, lintedDocuments: Int) -> String? {
        guard lintedDocuments == 0 else { return nil }
        let bytes = parsed.source.bytes
        let comment = looksLikeJSON(bytes, file: file) ? jsonComment(in: bytes) : nil
        if let problem = parsed.problem {
            guard problem.kind == .syntax || problem.kind == .encoding else { return nil }
        } else if comment == nil {
            return nil
        }
        // A UTF-32 file is refused before it is read: its text is looked at here.
        let text = utf32Text(bytes) ?? bytes
        if claims(text) { return nil }
        let source = parsed.source
        let what: String
        if let comment {
            let text = bytes[comment + 1] == UInt8(ascii: "*") ? "/*" : "//"
            what = "json with comments (\"\(text)\" on line \(source.mark(atByteOffset: comment).line))"
        } else if let expression = templateExpression(in: bytes) {
            let quoted = ValueDescription.quote(String(decoding: bytes[expression], as: UTF8.self))
            what = "a template (\(quoted) on line \(source.mark(atByteOffset: expression.lowerBound).line)), not YAML until rendered"
        } else if let problem = parsed.problem {
            what = "not readable as YAML (\(problem.message), line \(problem.range.start.line))"
        } else {
            return nil
        }
        return what + ", and it names no ImageStreamTag or ImageStream"
    }

    /// Whether the bytes hold `ImageStream` or `image.openshift.io/` at all: the cheap test
    /// every file pays, before the scans that look at where they stand.
    public static func mentionsLintedKind(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "I") && matches(kindStem, in: buffer, at: index) { return true }
                if byte == UInt8(ascii: "i") && matches(claimingGroup, in: buffer, at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether the text names a linted kind: a line that starts with a `kind` key (bare or
    /// quoted) whose value is a linted kind (`ImageStreamTag`, `ImageStream`, their lists), or a `kind` member of
    /// a JSON root object with that value.
    ///
    /// Only a top-level `kind` counts: a BuildConfig or a Deployment trigger names
    /// `kind: ImageStreamTag` in its `from`, indented, and is not istaglint's to report.
    public static func namesLintedKind(_ bytes: [UInt8]) -> Bool {
        anyLine(of: bytes, isKindLine) || (startsAsJSON(bytes) && jsonRootKindIsLinted(bytes))
    }

    /// Whether the text has an `apiVersion` key, anywhere, whose value starts with
    /// `image.openshift.io/`: the group whose kinds istaglint lints, or reports as unknown.
    public static func namesImageGroup(_ bytes: [UInt8]) -> Bool {
        anyLine(of: bytes, hasImageGroupAPIVersion)
    }

    private static func anyLine(of bytes: [UInt8], _ test: ([UInt8], Range<Int>) -> Bool) -> Bool {
        firstLine(of: bytes, where: test) != nil
    }

    /// The byte range of the first line that passes a test, without its line break; lines end
    /// at LF, CRLF or CR, as editors count them, and a leading byte order mark is skipped.
    private static func firstLine(of bytes: [UInt8], where test: ([UInt8], Range<Int>) -> Bool) -> Range<Int>? {
        var start = 0
        while bytes.count - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF { start += 3 }
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if test(bytes, start..<index) { return start..<index }
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        return start < bytes.count && test(bytes, start..<bytes.count) ? start..<bytes.count : nil
    }

    /// The first template expression outside a comment line: `{{` with a `}}` after it on
    /// the same line (Helm, Go templates, Jinja and Ansible expressions, Mustache), or `{%`
    /// with a `%}` (Jinja statements). Byte range from the opening to after the closing. A
    /// `{{` right after `$` opens an OpenShift Template parameter or a GitHub expression, not
    /// a template.
    public static func templateExpression(in bytes: [UInt8]) -> Range<Int>? {
        // An expression opens with `{{` or `{%`: most files hold neither, which memchr tells at
        // a fraction of the line scan's cost (the scan was 6 % of a run's instructions).
        guard containsOpening(bytes) else { return nil }
        var found: Range<Int>?
        _ = firstLine(of: bytes) { bytes, range in
            var index = range.lowerBound
            while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < range.upperBound, bytes[index] != UInt8(ascii: "#") else { return false }
            // A closing looked for in vain is not on the rest of the line either: each kind is
            // looked for once at most, so a line of a million `{{` costs its length.
            var unclosed: Set<UInt8> = []
            while index + 1 < range.upperBound {
                let second = bytes[index + 1]
                let isParameter = index > range.lowerBound && bytes[index - 1] == UInt8(ascii: "$")
                if bytes[index] == UInt8(ascii: "{"), second == UInt8(ascii: "{") || second == UInt8(ascii: "%"), !isParameter,
                    !unclosed.contains(second)
                {
                    let closing = second == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "%")
                    var end = index + 2
                    while end + 1 < range.upperBound {
                        if bytes[end] == closing && bytes[end + 1] == UInt8(ascii: "}") {
                            found = index..<(end + 2)
                            return true
                        }
                        end += 1
                    }
                    unclosed.insert(second)
                }
                index += 1
            }
            return false
        }
        return found
    }

    /// Whether the bytes hold `{{` or `{%` anywhere.
    private static func containsOpening(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 1 else { return false }
            var start = 0
            while start < buffer.count - 1, let hit = memchr(base + start, Int32(UInt8(ascii: "{")), buffer.count - 1 - start) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if buffer[index + 1] == UInt8(ascii: "{") || buffer[index + 1] == UInt8(ascii: "%") { return true }
                start = index + 1
            }
            return false
        }
    }

    /// The byte offset of the first comment (`//` or `/*`) outside a string in a JSON text,
    /// or nil. A comment must start where a token may (after a space, a line break or one of
    /// `{[,:]}`), so that `https://` in an unquoted YAML value is not taken for one.
    public static func jsonComment(in bytes: [UInt8]) -> Int? {
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") || byte == 0x0A { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")
            {
                if index == 0 { return 0 }
                switch bytes[index - 1] {
                case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    return index
                default:
                    break
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether the first byte after blanks and byte order marks is `{`: what kubectl takes
    /// for JSON (apimachinery's `hasJSONPrefix`), and decodes with Go's strict JSON decoder.
    public static func startsAsJSON(_ bytes: [UInt8]) -> Bool {
        firstSignificantByte(bytes) == UInt8(ascii: "{")
    }

    /// Whether a file is meant as JSON: a `.json`, `.jsonc` or `.json5` name, or a text that
    /// starts with `{` or `[`.
    static func looksLikeJSON(_ bytes: [UInt8], file: String) -> Bool {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".json") || lowered.hasSuffix(".jsonc") || lowered.hasSuffix(".json5") { return true }
        let first = firstSignificantByte(bytes)
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// The UTF-8 text of a file that starts with a UTF-32 byte order mark, or nil.
    static func utf32Text(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 4 else { return nil }
        let littleEndian = bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0
        let bigEndian = bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF
        guard littleEndian || bigEndian else { return nil }
        var text: [UInt8] = []
        var index = 4
        while index + 4 <= bytes.count {
            let units = bytes[index..<(index + 4)].map(UInt32.init)
            let value = littleEndian ? units[0] | units[1] << 8 | units[2] << 16 | units[3] << 24 : units[3] | units[2] << 8 | units[1] << 16 | units[0] << 24
            text += String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8
            index += 4
        }
        return text
    }

    private static func firstSignificantByte(_ bytes: [UInt8]) -> UInt8? {
        var index = 0
        while bytes.count - index >= 3 && bytes[index] == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF { index += 3 }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return bytes[index]
            }
        }
        return nil
    }

    /// Whether `pattern` stands at `index`.
    private static func matches(_ pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard buffer.count - index >= pattern.count else { return false }
        for offset in pattern.indices where buffer[index + offset] != pattern[offset] { return false }
        return true
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, bytes.count - index >= pattern.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The index after a key (bare, or in double or single quotes) at `index`, then blanks and
    /// `:` and blanks, or nil when the key is not there.
    private static func afterKey(_ key: [UInt8], in bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var index = start
        var quote: UInt8?
        if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            quote = bytes[index]
            index += 1
        }
        guard end - index >= key.count, matches(key, in: bytes, at: index) else { return nil }
        index += key.count
        if let quote {
            guard index < end, bytes[index] == quote else { return nil }
            index += 1
        }
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    /// Whether a value (bare or quoted) at `index` is a linted kind, ending there.
    private static func isLintedKindValue(_ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        var index = start
        if index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        for kind in claimingKinds where end - index >= kind.count && matches(kind, in: bytes, at: index) {
            let after = index + kind.count
            guard after < end else { return true }
            switch bytes[after] {
            case 0x20, 0x09, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "#"): return true
            default: continue
            }
        }
        return false
    }

    /// Whether a line starts with a `kind` key naming a linted kind.
    private static func isKindLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard let value = afterKey(kindKey, in: bytes, at: line.lowerBound, end: line.upperBound) else { return false }
        return isLintedKindValue(bytes, at: value, end: line.upperBound)
    }

    /// Whether a line holds an `apiVersion` key whose value is of the image group.
    private static func hasImageGroupAPIVersion(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound {
            if bytes[index] == UInt8(ascii: "a") || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'"),
                let value = afterKey(apiVersionKey, in: bytes, at: index, end: line.upperBound)
            {
                var start = value
                if start < line.upperBound, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") { start += 1 }
                if line.upperBound - start >= claimingGroup.count && matches(claimingGroup, in: bytes, at: start) { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether a JSON text's root object has a `kind` member naming a linted kind: the
    /// members at depth one, strings skipped, whatever the line breaks.
    private static func jsonRootKindIsLinted(_ bytes: [UInt8]) -> Bool {
        var depth = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: "\""):
                if depth == 1, let value = afterKey(kindKey, in: bytes, at: index, end: bytes.count),
                    isLintedKindValue(bytes, at: value, end: bytes.count)
                {
                    return true
                }
                // Skip the string.
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
            default:
                break
            }
            index += 1
        }
        return false
    }
}
