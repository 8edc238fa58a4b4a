/// A position in a source file.
///
/// Lines and columns are 1-based; lines are counted as editors count them (LF, CR and CRLF
/// end a line; NEL, LS and PS do not), columns count Unicode scalars.
/// The offset is 0-based and counts bytes of the file as it is on disk (a UTF-8 byte
/// order mark included), so an editor can jump to it without decoding the file. A UTF-16 file
/// is read as UTF-8: its offsets count bytes of that UTF-8 text, its byte order mark as 3.
public struct Mark: Sendable, Hashable, Comparable, Codable, BitwiseCopyable {
    @usableFromInline let storedLine: Int32
    @usableFromInline let storedColumn: Int32
    @usableFromInline let storedOffset: Int32

    /// The 1-based line.
    public var line: Int { Int(storedLine) }
    /// The 1-based column, in Unicode scalars.
    public var column: Int { Int(storedColumn) }
    /// The 0-based byte offset.
    public var offset: Int { Int(storedOffset) }

    /// Creates a position; values beyond `Int32.max` are clamped (files that large are refused earlier).
    @inlinable @inline(__always)
    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.offset < rhs.offset }

    enum CodingKeys: String, CodingKey { case line, column, offset }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column),
            offset: try container.decode(Int.self, forKey: .offset))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(offset, forKey: .offset)
    }
}
