/// What a rule's fix writes, and whether `--fix` applies it or only `--unsafe-fixes`, for the
/// rule's page, the README's table and the test that checks its examples' fixes against it.
public struct FixDescription: Sendable {
    /// The applicabilities the rule's fixes can have, safe first.
    public var applicabilities: [FixApplicability]
    /// What the fix writes, and when it is safe; a sentence fragment without a trailing period.
    public var summary: String

    /// A description of fixes that are all `applicability`.
    public static func always(_ applicability: FixApplicability, _ summary: String) -> FixDescription {
        FixDescription(applicabilities: [applicability], summary: summary)
    }

    /// A description of fixes that are safe when only the letter case differs (see
    /// `FixApplicability.correcting`) and unsafe otherwise.
    public static func nearest(_ summary: String) -> FixDescription {
        FixDescription(applicabilities: [.safe, .unsafe], summary: summary + "; safe when only the letter case differs, unsafe otherwise")
    }

    /// `safe`, `unsafe` or `safe or unsafe`.
    public var applicabilityText: String {
        applicabilities.map(\.rawValue).joined(separator: " or ")
    }
}
