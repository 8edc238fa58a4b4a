import YAMLTree

/// What a rule reports: a message about a range of one document, before severity and
/// configuration are applied.
public struct Finding: Sendable, Hashable {
    /// The code of the rule that found it (`IST004`).
    public var code: String
    /// A lowercase sentence without a trailing period.
    public var message: String
    /// The field path from the document root (`items[2].tag.from.kind`), empty for the whole document.
    public var path: String
    /// The characters that caused the finding.
    public var range: SourceRange
    /// A replacement that resolves it, when there is exactly one.
    public var fix: Fix?

    /// Creates a finding.
    public init(code: String, message: String, path: String, range: SourceRange, fix: Fix? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.range = range
        self.fix = fix
    }
}
