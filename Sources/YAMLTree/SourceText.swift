/// The bytes of one source file, with the position arithmetic libyaml leaves to us.
///
/// libyaml counts a mark's `index` in characters, after a byte order mark; findings and
/// editors want byte offsets into the file. Line breaks are the ones editors, `git diff` and
/// GitHub count: LF, CR and CRLF. libyaml also breaks lines at NEL (U+0085), LS (U+2028) and
/// PS (U+2029); `mark(line:column:index:)` turns its positions into editors' lines.
public struct SourceText: Sendable {
    /// The file's bytes, exactly as read.
    public let bytes: [UInt8]
    /// The length of the leading UTF-8 byte order marks (3 each: a UTF-16 file's own mark and a
    /// doubled one, which kubectl skips too), or 0.
    public let byteOrderMarkLength: Int
    private let isASCII: Bool
    /// Byte offsets of every `checkpointStride`-th character, for non-ASCII text.
    private let checkpoints: [Int]
    private static let checkpointStride = 256
    /// The line breaks libyaml counts and editors do not (NEL, LS, PS), in order: the
    /// byte offset of each, libyaml's 0-based line just after it, and the number of scalars
    /// from the start of the editor's line through it. Empty in almost every file.
    private let extraBreaks: [(offset: Int, lineAfter: Int, prefix: Int)]

    /// Wraps a file's bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var markLength = 0
        while bytes.count - markLength >= 3 && bytes[markLength] == 0xEF && bytes[markLength + 1] == 0xBB && bytes[markLength + 2] == 0xBF {
            markLength += 3
        }
        self.byteOrderMarkLength = markLength
        let ascii = bytes.withUnsafeBufferPointer { buffer in
            var combined: UInt8 = 0
            for byte in buffer { combined |= byte }
            return combined < 0x80
        }
        self.isASCII = ascii
        var checkpoints: [Int] = []
        if !ascii {
            var characters = 0
            for offset in byteOrderMarkLength..<bytes.count where bytes[offset] & 0xC0 != 0x80 {
                if characters % SourceText.checkpointStride == 0 { checkpoints.append(offset) }
                characters += 1
            }
        }
        self.checkpoints = checkpoints
        var extraBreaks: [(offset: Int, lineAfter: Int, prefix: Int)] = []
        if !ascii {
            var libyamlLine = 0
            var scalarsOnLine = 0
            var offset = byteOrderMarkLength
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == 0x0A || (byte == 0x0D && !(offset + 1 < bytes.count && bytes[offset + 1] == 0x0A)) {
                    libyamlLine += 1
                    scalarsOnLine = 0
                } else if byte & 0xC0 != 0x80 {
                    scalarsOnLine += 1
                    let isNEL = byte == 0xC2 && offset + 1 < bytes.count && bytes[offset + 1] == 0x85
                    let isSeparator =
                        byte == 0xE2 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80
                        && (bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9)
                    if isNEL || isSeparator {
                        libyamlLine += 1
                        extraBreaks.append((offset, libyamlLine, scalarsOnLine))
                    }
                }
                offset += 1
            }
        }
        self.extraBreaks = extraBreaks
    }

    /// The position of libyaml's mark (0-based line and column, character index) as editors
    /// count lines: a NEL, LS or PS before it on the same line moves it right, not down.
    @inline(__always)
    public func mark(line: Int, column: Int, index: Int) -> Mark {
        let offset = byteOffset(ofCharacterIndex: index)
        guard !extraBreaks.isEmpty else { return Mark(line: line + 1, column: column + 1, offset: offset) }
        var low = 0
        var high = extraBreaks.count
        while low < high {
            let middle = (low + high) / 2
            if extraBreaks[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return Mark(line: line + 1, column: column + 1, offset: offset) }
        let last = extraBreaks[low - 1]
        let shift = last.lineAfter == line ? last.prefix : 0
        return Mark(line: line + 1 - low, column: column + 1 + shift, offset: offset)
    }

    /// The byte offset of libyaml's character index.
    @inline(__always)
    public func byteOffset(ofCharacterIndex index: Int) -> Int {
        if isASCII { return min(index + byteOrderMarkLength, bytes.count) }
        let checkpoint = index / SourceText.checkpointStride
        guard checkpoint < checkpoints.count else { return bytes.count }
        var offset = checkpoints[checkpoint]
        var remaining = index % SourceText.checkpointStride
        while remaining > 0 && offset < bytes.count {
            offset += 1
            while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The position of a byte offset, for errors libyaml reports by offset (bad UTF-8).
    public func mark(atByteOffset target: Int) -> Mark {
        let target = max(0, min(target, bytes.count))
        var line = 1
        var column = 1
        var offset = byteOrderMarkLength
        while offset < target {
            let width = breakWidth(at: offset)
            if width > 0 {
                line += 1
                column = 1
                offset += width
            } else {
                column += 1
                offset += 1
                while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            }
        }
        return Mark(line: line, column: column, offset: target)
    }

    /// The mark just after the character that starts at `mark`, on the same line; `mark`
    /// itself at a line break or the end of the file. Used to underline one character.
    public func markAfterCharacter(at mark: Mark) -> Mark {
        var offset = mark.offset
        guard offset < bytes.count, breakWidth(at: offset) == 0 else { return mark }
        offset += 1
        while offset < bytes.count && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        return Mark(line: mark.line, column: mark.column + 1, offset: offset)
    }

    /// The byte range of the line that holds `offset`, without its line break.
    public func lineBytes(containing offset: Int) -> Range<Int> {
        let offset = max(byteOrderMarkLength, min(offset, bytes.count))
        var start = offset
        while start > byteOrderMarkLength && !isBreakEnd(at: start) { start -= 1 }
        var end = offset
        while end < bytes.count && breakWidth(at: end) == 0 { end += 1 }
        return start..<end
    }

    /// The text of the line that holds `offset`, without its line break.
    public func lineText(containing offset: Int) -> String {
        String(decoding: bytes[lineBytes(containing: offset)], as: UTF8.self)
    }

    /// A window of the line that holds `offset`: up to `before` Unicode scalars before it and
    /// `after` from it, never crossing a line break, and whether the line goes on beyond each
    /// side. Costs the window, not the line, so a finding on a megabyte-long line stays cheap.
    public func window(around offset: Int, before: Int, after: Int) -> (bytes: Range<Int>, scalarsBefore: Int, cutBefore: Bool, cutAfter: Bool) {
        let offset = max(byteOrderMarkLength, min(offset, bytes.count))
        var start = offset
        var counted = 0
        while start > byteOrderMarkLength && counted < before {
            if isBreakEnd(at: start) { break }
            start -= 1
            while start > byteOrderMarkLength && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            counted += 1
        }
        let cutBefore = start > byteOrderMarkLength && !isBreakEnd(at: start)
        var end = offset
        var ahead = 0
        while end < bytes.count && breakWidth(at: end) == 0 && ahead < after {
            end += 1
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            ahead += 1
        }
        let cutAfter = end < bytes.count && breakWidth(at: end) == 0
        return (start..<end, counted, cutBefore, cutAfter)
    }

    /// Calls `body` with each line's 1-based number and byte range (without its line break), in
    /// order, counting line breaks as editors do.
    public func forEachLine(_ body: (Int, Range<Int>) -> Void) {
        var line = 1
        var start = byteOrderMarkLength
        var offset = start
        while offset < bytes.count {
            let width = breakWidth(at: offset)
            if width > 0 {
                body(line, start..<offset)
                line += 1
                offset += width
                start = offset
            } else {
                offset += 1
            }
        }
        if start < bytes.count { body(line, start..<bytes.count) }
    }

    /// The width in bytes of a line break starting at `offset`, or 0.
    func breakWidth(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        switch bytes[offset] {
        case 0x0A: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        default: return 0
        }
    }

    /// Whether a line break ends just before `offset`.
    private func isBreakEnd(at offset: Int) -> Bool {
        let previous = bytes[offset - 1]
        return previous == 0x0A || previous == 0x0D
    }
}
