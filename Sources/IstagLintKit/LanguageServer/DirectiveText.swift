/// A `# istaglint:` directive on a line of an open document, found as the user types it: where
/// its words start, so hover can name the rule under the cursor and completion can offer the
/// next word.
struct DirectiveText {
    /// The byte column where the text after `istaglint:` starts.
    var bodyColumn: Int
    /// The line's bytes.
    var line: [UInt8]

    /// The actions a directive takes.
    static let actions = SuppressionDirective.Scope.allCases.map(\.rawValue)

    /// The directive on a line, if the line has a comment that is one.
    init?(line: ArraySlice<UInt8>) {
        let bytes = Array(line)
        let marker = SuppressionScanner.marker
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "#"), index == 0 || bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "\t") {
                var cursor = index + 1
                while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") { cursor += 1 }
                if bytes[cursor...].starts(with: marker) {
                    self.bodyColumn = cursor + marker.count
                    self.line = bytes
                    return
                }
            }
            index += 1
        }
        return nil
    }

    /// The word (letters, digits, `-`, `_`) that holds byte column `column`, with its columns.
    func word(at column: Int) -> (text: String, range: Range<Int>)? {
        guard column >= bodyColumn else { return nil }
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
        var start = min(column, line.count)
        while start > bodyColumn, isWordByte(line[start - 1]) { start -= 1 }
        var end = min(column, line.count)
        while end < line.count, isWordByte(line[end]) { end += 1 }
        guard start < end else { return nil }
        return (String(decoding: line[start..<end], as: UTF8.self), start..<end)
    }

    /// The words before byte column `column`, and whether the reason (`-- ...`) has started.
    func words(before column: Int) -> (words: [String], inReason: Bool) {
        let end = max(bodyColumn, min(column, line.count))
        let text = String(decoding: line[bodyColumn..<end], as: UTF8.self)
        if text.hasPrefix("--") || text.contains(" --") { return ([], true) }
        let words = text.split { $0 == " " || $0 == "\t" || $0 == "," }.map(String.init)
        return (words, false)
    }
}
