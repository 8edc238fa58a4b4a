import YAMLTree

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds `# istaglint:` directives in a file's comments.
///
/// libyaml drops comments, so this is a small scan of the text: a `#` at the start of a line
/// or after a space or tab starts a comment, unless it lies inside a quoted or block scalar
/// (plain scalars cannot hold ` #`).
public enum SuppressionScanner {
    /// The marker that starts a directive inside a comment.
    static let marker = Array("istaglint:".utf8)

    /// Every directive in the file.
    public static func directives(in parsed: ParseResult) -> [SuppressionDirective] {
        let bytes = parsed.source.bytes
        // A directive lives in a comment: a file without `#` (most exports) is settled by one
        // fast scan for that byte.
        guard hasCommentSign(bytes), contains(bytes, marker) else { return [] }
        let scalarRanges = quotedScalarRanges(parsed.documents)
        var lines: [(number: Int, range: Range<Int>)] = []
        parsed.source.forEachLine { number, range in lines.append((number, range)) }
        // The next line holding more than a comment, for each line: one pass from the end, so
        // a run of directives costs its length, not its length squared.
        var nextContentLine = Array(repeating: 0, count: lines.count)
        var following: Int? = nil
        for index in lines.indices.reversed() {
            nextContentLine[index] = following ?? lines[index].number + 1
            if !isBlankOrComment(lines[index].range, bytes: bytes) { following = lines[index].number }
        }
        var directives: [SuppressionDirective] = []
        for (index, line) in lines.enumerated() {
            guard let hash = commentStart(in: line.range, bytes: bytes, outside: scalarRanges) else { continue }
            var cursor = hash + 1
            while cursor < line.range.upperBound, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            guard line.range.upperBound - cursor >= marker.count, Array(bytes[cursor..<(cursor + marker.count)]) == marker else { continue }
            let body = String(decoding: bytes[(cursor + marker.count)..<line.range.upperBound], as: UTF8.self)
            let bodyColumn = column(of: cursor + marker.count, lineStart: line.range.lowerBound, bytes: bytes)
            let commentRange = SourceRange(
                start: Mark(line: line.number, column: column(of: hash, lineStart: line.range.lowerBound, bytes: bytes), offset: hash),
                end: Mark(
                    line: line.number, column: column(of: line.range.upperBound, lineStart: line.range.lowerBound, bytes: bytes), offset: line.range.upperBound)
            )
            var directive = parse(body, line: line.number, bodyColumn: bodyColumn, bodyOffset: cursor + marker.count, range: commentRange)
            if directive.scope == .nextLine {
                directive.targetLine = nextContentLine[index]
            }
            directives.append(directive)
        }
        return directives
    }

    /// Parses `disable-next-line IST501, insecure-import -- reason`.
    static func parse(_ body: String, line: Int, bodyColumn: Int, bodyOffset: Int, range: SourceRange) -> SuppressionDirective {
        var words: [(text: String, column: Int, offset: Int)] = []
        var current = ""
        var startColumn = bodyColumn
        var startOffset = bodyOffset
        var column = bodyColumn
        var offset = bodyOffset
        for scalar in body.unicodeScalars {
            let isSeparator = scalar == " " || scalar == "\t" || scalar == ","
            if isSeparator {
                if !current.isEmpty { words.append((current, startColumn, startOffset)) }
                current = ""
            } else {
                if current.isEmpty {
                    startColumn = column
                    startOffset = offset
                }
                current.unicodeScalars.append(scalar)
            }
            column += 1
            offset += String(scalar).utf8.count
        }
        if !current.isEmpty { words.append((current, startColumn, startOffset)) }
        if let reason = words.firstIndex(where: { $0.text.hasPrefix("--") }) { words.removeSubrange(reason...) }
        let action = words.first?.text ?? ""
        let selectors = words.dropFirst().map { word -> SuppressionDirective.Selector in
            let codes = (try? RuleSelector.codes(for: word.text).get()) ?? []
            let start = Mark(line: line, column: word.column, offset: word.offset)
            let end = Mark(line: line, column: word.column + word.text.unicodeScalars.count, offset: word.offset + word.text.utf8.count)
            return SuppressionDirective.Selector(text: word.text, range: SourceRange(start: start, end: end), codes: codes)
        }
        return SuppressionDirective(
            scope: SuppressionDirective.Scope(rawValue: action), action: action, selectors: Array(selectors), targetLine: line, range: range)
    }

    private static func hasCommentSign(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "#")), buffer.count) != nil
        }
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        // Most files hold no directive: libc's memchr finds each candidate first byte far
        // faster than a byte loop, and memcmp checks the rest in place.
        bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress, haystack.count >= needle.count else { return false }
                let first = Int32(needle[0])
                var offset = 0
                let last = haystack.count - needle.count
                while offset <= last {
                    guard let found = memchr(base + offset, first, last - offset + 1) else { return false }
                    offset = UnsafeRawPointer(found) - base
                    if memcmp(found, pattern, needle.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }

    private static func quotedScalarRanges(_ documents: [Document]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for document in documents {
            for node in document.nodes {
                guard node.kind == .scalar, node.style != .plain else { continue }
                ranges.append(node.range.start.offset..<max(node.range.start.offset, node.range.end.offset))
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The offset of the `#` that starts a comment on a line, if there is one.
    private static func commentStart(in line: Range<Int>, bytes: [UInt8], outside scalars: [Range<Int>]) -> Int? {
        var offset = line.lowerBound
        while offset < line.upperBound {
            if bytes[offset] == UInt8(ascii: "#"), offset == line.lowerBound || bytes[offset - 1] == 0x20 || bytes[offset - 1] == 0x09,
                !isInside(offset, scalars)
            {
                return offset
            }
            offset += 1
        }
        return nil
    }

    private static func isInside(_ offset: Int, _ ranges: [Range<Int>]) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        // Ranges do not overlap (scalars are leaves), so the last one starting at or before the offset decides.
        return low > 0 && ranges[low - 1].contains(offset)
    }

    private static func isBlankOrComment(_ line: Range<Int>, bytes: [UInt8]) -> Bool {
        for offset in line {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 { continue }
            return byte == UInt8(ascii: "#")
        }
        return true
    }

    private static func column(of offset: Int, lineStart: Int, bytes: [UInt8]) -> Int {
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
