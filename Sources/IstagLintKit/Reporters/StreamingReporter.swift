/// A reporter that can write a run file by file, as the files are linted, so that the run
/// keeps only counts: an opening part, each file's part, and a closing part, one after
/// another, give the same text as `write(_:to:)`.
///
/// The parts after the first depend on what came before (a JSON array needs a comma between
/// its elements; repeated fingerprints are numbered); that state is a `StreamProgress` the
/// caller keeps and passes along, so a reporter stays a plain value.
public protocol StreamingReporter: Reporter {
    /// Writes the part before the first file.
    func writeOpening(to output: inout some TextOutputStream)
    /// Writes one file's part, in input order (nothing for a file without findings), and
    /// records in `progress` what it wrote.
    func write(file: FileReport, progress: inout StreamProgress, to output: inout some TextOutputStream)
    /// Writes the part after the last file: the unreadable paths, in order, and the summary.
    func writeClosing(summary: Summary, readFailures: [ReadFailure], progress: StreamProgress, to output: inout some TextOutputStream)
}

extension StreamingReporter {
    /// Nothing: most formats need no opening.
    public func writeOpening(to output: inout some TextOutputStream) {}

    /// The whole report: the opening, every file's part, then the closing part.
    public func write(_ report: RunReport, to output: inout some TextOutputStream) {
        var seen: Set<String> = []
        var repeated: Set<String> = []
        for file in report.files where !seen.insert(file.file).inserted { repeated.insert(file.file) }
        var progress = StreamProgress(sharedNames: repeated)
        writeOpening(to: &output)
        for file in report.files { write(file: file, progress: &progress, to: &output) }
        writeClosing(summary: report.summary, readFailures: report.readFailures, progress: progress, to: &output)
    }
}
