/// A consumer of the streaming run (`LintSession.run(paths:standardInputName:readStandardInput:skipped:configurationEvents:deliver:)`)
/// that gathers what the run came to: the counts, the paths that could not be read, in order,
/// and the reports of the files it is asked to keep.
///
/// The gathering run is this consumer, and the command line feeds it whatever the format (a
/// streamed report keeps no file), so the summary and the read failures of a run are worked
/// out in one place.
public struct RunGatherer: Sendable {
    /// Which files' reports are kept; the others are only counted.
    public enum Keeping: Sendable {
        /// None: the run keeps only its counts.
        case noFile
        /// The files with findings and those that are not manifests.
        case filesToReport
        /// Every file.
        case everyFile
    }

    /// Which files' reports are kept.
    public let keeping: Keeping
    private var files: [FileReport] = []
    private var omitted = Summary()
    private var readFailures: [ReadFailure] = []

    /// A gatherer that keeps the files `keeping` says.
    public init(keeping: Keeping) {
        self.keeping = keeping
    }

    /// Takes one delivered outcome: a file's report, or a file that could not be read.
    public mutating func add(_ outcome: Result<FileReport, ReadFailure>) {
        switch outcome {
        case .success(let report): add(report)
        case .failure(let failure): readFailures.append(failure)
        }
    }

    /// Takes one file's report, kept or counted.
    public mutating func add(_ report: FileReport) {
        switch keeping {
        case .everyFile: files.append(report)
        case .filesToReport where !report.diagnostics.isEmpty || report.notManifestReason != nil: files.append(report)
        case .filesToReport, .noFile: omitted.count(report)
        }
    }

    /// The run: `unusable` are the paths the streaming run returned (missing, not a file, an
    /// unreadable directory or standard input), which come before the files that could not be
    /// read.
    public func report(unusable: [ReadFailure]) -> RunReport {
        RunReport(files: files, readFailures: unusable + readFailures, omitted: omitted)
    }
}
