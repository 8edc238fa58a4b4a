/// Turns a run's findings into one output format. Reporters never see rules.
///
/// A reporter writes its report piece by piece (about one diagnostic at a time) into an
/// output stream, never as one string: a run with a million findings then costs the memory
/// of one finding's text, not of the whole report.
public protocol Reporter: Sendable {
    /// Writes the whole report to `output`, in pieces, in order.
    func write(_ report: RunReport, to output: inout some TextOutputStream)
}

extension Reporter {
    /// The whole report as one string: the pieces `write(_:to:)` writes, joined.
    ///
    /// For tests and small runs; the command line writes the pieces as they come.
    public func render(_ report: RunReport) -> String {
        var text = ""
        write(report, to: &text)
        return text
    }
}
