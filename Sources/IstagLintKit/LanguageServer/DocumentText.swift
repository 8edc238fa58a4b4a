/// The text of an open document as UTF-8 bytes, with where each line starts, so that byte
/// offsets (istaglint's) and LSP positions (the client's) convert both ways in any encoding.
///
/// Lines end at LF, CRLF or CR, as LSP counts them. A position past the end of its line is the
/// end of the line; a line past the last is the end of the text (LSP 3.17: clients may send them).
public struct DocumentText: Sendable, Hashable {
    /// The text.
    public private(set) var bytes: [UInt8]
    /// The byte offset where each line starts; the first is 0.
    public private(set) var lineStarts: [Int]

    /// The text of a string.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Text from UTF-8 bytes.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// The text as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of lines (an empty text has one).
    public var lineCount: Int { lineStarts.count }

    /// The offset where a line's terminator starts (or the end of the text, for the last line).
    public func lineEnd(_ line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return bytes.count }
        var end = lineStarts[line + 1]
        if end > 0 && bytes[end - 1] == 10 { end -= 1 }
        if end > lineStarts[line] && bytes[end - 1] == 13 { end -= 1 }
        return end
    }

    /// The bytes of a line, without its terminator.
    public func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 0 && line < lineStarts.count else { return [] }
        return bytes[lineStarts[line]..<lineEnd(line)]
    }

    /// The line terminator the text uses (that of its first line), LF when it has none.
    public var lineTerminator: String {
        guard lineStarts.count > 1 else { return "\n" }
        let end = lineStarts[1]
        if end >= 2 && bytes[end - 2] == 13 && bytes[end - 1] == 10 { return "\r\n" }
        return bytes[end - 1] == 13 ? "\r" : "\n"
    }

    /// The line holding a byte offset.
    public func lineIndex(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The position of a byte offset (clamped to the text; an offset inside a character counts
    /// as that character's start).
    public func position(ofOffset offset: Int, encoding: PositionEncoding) -> LSPPosition {
        let offset = max(0, min(offset, bytes.count))
        let line = lineIndex(ofOffset: offset)
        var index = lineStarts[line]
        var character = 0
        while index < offset {
            let length = Self.sequenceLength(bytes[index])
            if index + length > offset { break }
            character += encoding.units(ofCharacterStartingWith: bytes[index])
            index += length
        }
        return LSPPosition(line: line, character: character)
    }

    /// The byte offset of a position (clamped to its line, and to the text).
    public func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = lineEnd(position.line)
        var index = lineStarts[position.line]
        var character = 0
        while index < end && character < position.character {
            character += encoding.units(ofCharacterStartingWith: bytes[index])
            index = min(end, index + Self.sequenceLength(bytes[index]))
        }
        return index
    }

    /// The byte column on its line of a position, nil for a line the text does not have.
    public func column(of position: LSPPosition, encoding: PositionEncoding) -> Int? {
        guard position.line >= 0 && position.line < lineStarts.count else { return nil }
        return offset(of: position, encoding: encoding) - lineStarts[position.line]
    }

    /// The byte columns `columns` of a line as an LSP range.
    public func range(onLine line: Int, columns: Range<Int>, encoding: PositionEncoding) -> LSPRange {
        range(from: lineStarts[line] + columns.lowerBound, to: lineStarts[line] + columns.upperBound, encoding: encoding)
    }

    /// The range of byte offsets `start..<end` as an LSP range.
    public func range(from start: Int, to end: Int, encoding: PositionEncoding) -> LSPRange {
        LSPRange(start: position(ofOffset: start, encoding: encoding), end: position(ofOffset: max(start, end), encoding: encoding))
    }

    /// Replaces the bytes of `range` (an LSP range in `encoding`) with `text`, or the whole text
    /// when `range` is nil (LSP's full and incremental changes).
    public mutating func replace(_ range: LSPRange?, with text: String, encoding: PositionEncoding) {
        guard let range else {
            self = DocumentText(text)
            return
        }
        let start = offset(of: range.start, encoding: encoding)
        let end = max(start, offset(of: range.end, encoding: encoding))
        bytes.replaceSubrange(start..<end, with: Array(text.utf8))
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// The length of the UTF-8 sequence a byte starts (1 for a byte that starts none).
    @inline(__always)
    static func sequenceLength(_ leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 10 {
                starts.append(index)
            } else if byte == 13 {
                if index < bytes.count && bytes[index] == 10 { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }
}
