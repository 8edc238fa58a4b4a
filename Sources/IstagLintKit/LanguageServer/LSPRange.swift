/// A span of a document as LSP gives it: `end` is exclusive.
public struct LSPRange: Sendable, Hashable, Codable {
    /// The first character.
    public var start: LSPPosition
    /// The position after the last character.
    public var end: LSPPosition

    /// A span.
    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    /// Whether two spans share a character, or touch where one of them is empty.
    public func overlaps(_ other: LSPRange) -> Bool {
        start <= other.end && other.start <= end
    }
}
