/// What configuration says about one rule: turned off, or reported at a severity.
public enum RuleSetting: Sendable, Hashable {
    /// Not run, nothing reported.
    case off
    /// Reported at this severity instead of the rule's default.
    case severity(Severity)

    /// Reads `off`, `error`, `warning` or `info`.
    public init?(_ text: String) {
        if text == "off" {
            self = .off
        } else if let severity = Severity(rawValue: text) {
            self = .severity(severity)
        } else {
            return nil
        }
    }
}
