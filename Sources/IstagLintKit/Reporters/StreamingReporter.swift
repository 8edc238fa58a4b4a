/// A reporter that can write a run file by file, as the files are linted, so that the run
/// keeps only counts: `render(_:)` gives the same text as the parts one after another.
public protocol StreamingReporter: Reporter {
    /// The part for one file, in input order (empty for a file without findings).
    func render(file: FileReport) -> String
    /// The part after the last file: the unreadable paths, in order, and the summary.
    func closing(summary: Summary, readFailures: [ReadFailure]) -> String
}

extension StreamingReporter {
    /// The whole report: every file's part, then the closing part.
    public func render(_ report: RunReport) -> String {
        var output = ""
        for file in report.files { output += render(file: file) }
        return output + closing(summary: report.summary, readFailures: report.readFailures)
    }
}
