import YAMLTree

/// A fix `--fix` did not apply, because the file would have come out worse, and why.
public struct WithheldFix: Sendable, Hashable {
    /// The code of the rule whose finding it fixes.
    public var ruleId: String
    /// Where the finding was, in the file as it stood when the fix was tried.
    public var range: SourceRange
    /// The field path of the finding.
    public var path: String
    /// Why: the fixed file would not parse, or would have a finding the file did not have.
    public var reason: String
}
