import YAMLTree

/// One `# istaglint: …` comment: what it disables, and where.
public struct SuppressionDirective: Sendable, Hashable {
    /// How far a directive reaches.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// `disable-next-line`: the next line that holds more than a comment.
        case nextLine = "disable-next-line"
        /// `disable-line`: the line the comment is on.
        case line = "disable-line"
        /// `disable-file`: the whole file.
        case file = "disable-file"
    }

    /// One rule the directive names, as written.
    public struct Selector: Sendable, Hashable {
        /// The text (`IST501`, `insecure-import`, `IST5`).
        public var text: String
        /// Where it is written.
        public var range: SourceRange
        /// The codes it stands for; empty when it names no rule.
        public var codes: [String]
    }

    /// How far it reaches.
    public var scope: Scope?
    /// The action as written, for messages when it is not one istaglint knows.
    public var action: String
    /// The rules it names; none means every rule.
    public var selectors: [Selector]
    /// The line the directive applies to (for `disable-file`, the comment's own line).
    public var targetLine: Int
    /// The whole comment, from `#`.
    public var range: SourceRange
}
