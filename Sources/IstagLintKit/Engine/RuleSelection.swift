/// The rules in force for a file and their severities, worked out once for a set of
/// severities (`Linter.selection(for:)`), so that files sharing a configuration do not look
/// every rule up again.
public struct RuleSelection: Sendable {
    /// How the file's manifests are applied.
    public let applyMode: ApplyMode
    /// The severity of each rule in force, by code.
    let severities: [String: Severity]
    /// For the rules in force whose default severity differs on some kinds
    /// (`RuleDescription.severityByKind`) and whose severity configuration does not set: code,
    /// then kind name, to severity.
    let kindSeverities: [String: [String: Severity]]
    /// Whether each document rule, object rule and problem rule is in force, in the linter's order.
    let documentRules: [Bool]
    let objectRules: [Bool]
    let problemRules: [Bool]
    /// Whether the inline-suppression rule is in force.
    let reportsSuppressionProblems: Bool
    /// Whether the file's objects are partial: a kustomize patch, which kustomize merges into
    /// a complete object of its base before anything is applied. A field the patch leaves out
    /// is the base's, so the checks that rest on a missing field leave it alone (the rules
    /// whose `RuleDescription.reportsMissingFields` is set); every other check runs.
    public var objectsArePartial = false
    /// The cluster's `allowedRegistriesForImport` from the file's configuration, checked by
    /// the registry rule (IST214); nil when the configuration gives none.
    public var allowedRegistries: RegistryAllowList?
}
