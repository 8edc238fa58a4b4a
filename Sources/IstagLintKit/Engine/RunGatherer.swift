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
    private var tags = TagIndex()

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
        tags.add(report)
        switch keeping {
        case .everyFile: files.append(report)
        case .filesToReport where !report.diagnostics.isEmpty || report.notManifestReason != nil: files.append(report)
        case .filesToReport, .noFile: omitted.count(report)
        }
    }

    /// The findings that compare files (one tag defined in two files), known once every file
    /// is added: a report for each file they are in, holding only them. Hand each to
    /// `merge(_:)`, and to a streaming reporter after the files.
    public func crossFileReports() -> [FileReport] {
        tags.reports()
    }

    /// Adds findings that compare files to the file they are in (`crossFileReports()`): to
    /// its kept report, or counted with the run's when the file was only counted.
    public mutating func merge(_ extra: FileReport) {
        guard !extra.diagnostics.isEmpty else { return }
        if let index = files.firstIndex(where: { $0.file == extra.file }) {
            let kept = files[index]
            let diagnostics = (Array(kept.diagnostics) + Array(extra.diagnostics)).sorted { $0.range.start.offset < $1.range.start.offset }
            files[index] = FileReport(
                file: kept.file, diagnostics: diagnostics, source: kept.source, documentCount: kept.documentCount, objects: kept.objects,
                objectCount: kept.objectCount, skippedDocumentCount: kept.skippedDocumentCount, notManifestReason: kept.notManifestReason)
            return
        }
        // The file was counted already (it had no finding): keep or count only its new findings.
        switch keeping {
        case .everyFile, .filesToReport:
            files.append(extra)
            omitted.files -= 1
        case .noFile:
            omitted.count(extra)
            omitted.files -= 1
        }
    }

    /// The run: `unusable` are the paths the streaming run returned (missing, not a file, an
    /// unreadable directory or standard input), which come before the files that could not be
    /// read.
    public func report(unusable: [ReadFailure]) -> RunReport {
        RunReport(files: files, readFailures: unusable + readFailures, omitted: omitted)
    }
}
