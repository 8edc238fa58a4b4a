/// An example of a rule linted under a chosen `apply:` mode: the rule's page shows it under
/// that mode, and the example tests lint it so.
public struct ModeExample: Sendable {
    /// The mode the example is linted under.
    public var mode: ApplyMode
    /// The document, with `↓` markers where findings start when it triggers.
    public var text: String
    /// Whether the rule must report the marked findings (true) or nothing (false).
    public var triggers: Bool

    /// Creates an example.
    public init(_ mode: ApplyMode, triggers: Bool, _ text: String) {
        self.mode = mode
        self.text = text
        self.triggers = triggers
    }
}
