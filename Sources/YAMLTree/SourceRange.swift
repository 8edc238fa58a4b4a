/// A span of source text: from `start` up to, but not including, `end`.
public struct SourceRange: Sendable, Hashable, Codable, BitwiseCopyable {
    /// The first character of the span.
    public var start: Mark
    /// The position just after the last character of the span.
    public var end: Mark

    /// Creates a span; an `end` before `start` is treated as an empty span at `start`.
    public init(start: Mark, end: Mark) {
        self.start = start
        self.end = end < start ? start : end
    }

    /// An empty span at one position.
    public init(at mark: Mark) {
        self.init(start: mark, end: mark)
    }
}
