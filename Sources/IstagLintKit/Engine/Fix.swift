import YAMLTree

/// A replacement that resolves a finding: put `replacement` in place of the text in `range`.
public struct Fix: Sendable, Hashable, Codable {
    /// The text to replace.
    public var range: SourceRange
    /// The text to write instead, as YAML source: quoted where the value needs it.
    public var replacement: String
    /// Whether `--fix` applies it, or only `--unsafe-fixes`.
    public var applicability: FixApplicability

    /// Creates a replacement.
    public init(range: SourceRange, replacement: String, applicability: FixApplicability) {
        self.range = range
        self.replacement = replacement
        self.applicability = applicability
    }

    /// A correction to the nearest valid spelling (see `FixApplicability.correcting`).
    static func nearest(_ replacement: String, for original: String, at range: SourceRange, quoted: Bool = false) -> Fix {
        Fix(
            range: range, replacement: quoted ? YAMLQuoting.doubleQuoted(replacement) : replacement,
            applicability: .correcting(original, to: replacement))
    }
}
