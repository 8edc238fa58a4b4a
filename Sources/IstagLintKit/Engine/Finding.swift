import YAMLTree

/// What a rule reports: a message about a range of one document, before severity and
/// configuration are applied.
///
/// A file may hold a million of them, so a finding is kept small: its message in the pieces
/// the rule wrote (see `FindingMessage`), and its fix, which few findings have, out of line.
public struct Finding: Sendable, Hashable {
    /// The code of the rule that found it (`IST004`).
    public var code: String
    /// A lowercase sentence without a trailing period.
    public var message: FindingMessage
    /// The field path from the document root (`items[2].tag.from.kind`), empty for the whole document.
    public var path: String
    /// The characters that caused the finding.
    public var range: SourceRange
    /// The fix, when there is one: an array of at most one, which costs a pointer when empty.
    private var fixes: [Fix]

    /// A replacement that resolves it, when there is exactly one.
    public var fix: Fix? {
        get { fixes.first }
        set { fixes = newValue.map { [$0] } ?? [] }
    }

    /// Other places the finding is about (few findings have any).
    public var related: [RelatedLocation]

    /// Creates a finding.
    public init(code: String, message: FindingMessage, path: String, range: SourceRange, fix: Fix? = nil, related: [RelatedLocation] = []) {
        self.code = code
        self.message = message
        self.path = path
        self.range = range
        self.fixes = fix.map { [$0] } ?? []
        self.related = related
    }
}

extension Finding {
    /// The finding with other places it is about.
    func with(related: [RelatedLocation]) -> Finding {
        var finding = self
        finding.related = related
        return finding
    }
}
