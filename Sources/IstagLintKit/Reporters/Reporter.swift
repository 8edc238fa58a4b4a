/// Turns a run's findings into one output format. Reporters never see rules.
public protocol Reporter: Sendable {
    /// The whole report, ready to write to standard output or a file.
    func render(_ report: RunReport) -> String
}
