/// The bytes of one source file, with the position arithmetic libyaml leaves to us.
///
/// libyaml counts a mark's `index` in characters, after a byte order mark; findings and
/// editors want byte offsets into the file. Line breaks are the ones libyaml counts:
/// LF, CR, CRLF, NEL (U+0085), LS (U+2028) and PS (U+2029).
public struct SourceText: Sendable {
    /// The file's bytes, exactly as read.
    public let bytes: [UInt8]
    /// The length of a leading UTF-8 byte order mark (3), or 0.
    public let byteOrderMarkLength: Int
    private let isASCII: Bool
    /// Byte offsets of every `checkpointStride`-th character, for non-ASCII text.
    private let checkpoints: [Int]
    private static let checkpointStride = 256

    /// Wraps a file's bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.byteOrderMarkLength = hasBOM ? 3 : 0
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
    /// order, counting line breaks as libyaml does.
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
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
            return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// Whether a line break ends just before `offset`.
    private func isBreakEnd(at offset: Int) -> Bool {
        let previous = bytes[offset - 1]
        if previous == 0x0A || previous == 0x0D { return true }
        if offset >= 2 && bytes[offset - 2] == 0xC2 && previous == 0x85 { return true }
        if offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80 {
            return previous == 0xA8 || previous == 0xA9
        }
        return false
    }
}
