import YAMLTree

/// A replacement that resolves a finding: put `replacement` in place of the text in `range`.
public struct Fix: Sendable, Hashable, Codable {
    /// The text to replace.
    public var range: SourceRange
    /// The text to write instead.
    public var replacement: String

    /// Creates a replacement.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
