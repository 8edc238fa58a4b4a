/// Everything one run found, for the reporters.
public struct RunReport: Sendable {
    /// One report per file, in the order the files were given; files with nothing to report
    /// may be left out and only counted (see `omitted`).
    public let files: [FileReport]
    /// The counts of files left out of `files` because they had no finding: a run over
    /// thousands of clean files keeps only their numbers.
    public let omitted: Summary
    /// The paths that could not be read.
    public let readFailures: [ReadFailure]

    /// Bundles a run.
    public init(files: [FileReport], readFailures: [ReadFailure], omitted: Summary = Summary()) {
        self.files = files
        self.omitted = omitted
        self.readFailures = readFailures
    }

    /// Every diagnostic, file by file, each file's sorted by position.
    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

    /// The counts of the run.
    public var summary: Summary {
        var summary = omitted
        summary.unreadable += readFailures.count
        for file in files { summary.count(file) }
        return summary
    }

    /// Whether any diagnostic is at or above a severity.
    public func hasFindings(atOrAbove severity: Severity) -> Bool {
        files.contains { file in file.diagnostics.indices.contains { file.diagnostics.severity(at: $0) >= severity } }
    }
}
