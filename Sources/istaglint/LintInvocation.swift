import ArgumentParser
import IstagLintKit
import YAMLTree

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One lint run's options as plain values, and the run itself. `LintCommand` fills it from
/// the argument parser; `FastArguments` fills it directly for the common command lines, so a
/// pre-commit hook does not pay the argument parser's start-up cost.
struct LintInvocation {
    var paths: [String] = []
    var format: OutputFormat = .text
    var output: String?
    var failOn: FailOn?
    var apply: ApplyMode?
    var stdinFilename = "<stdin>"
    var quiet = false
    var maxDepth = ParseOptions.default.maxDepth
    var maxAliases = ParseOptions.default.maxAliases
    var maxFileSize = ParseOptions.default.maxFileSize
    var maxFindingsPerFile = Linter.defaultMaxFindingsPerFile
    var jobs = LintSession.processorCount
    var config: String?
    var noConfig = false
    var select: [String] = []
    var ignore: [String] = []
    var noInlineSuppressions = false
    var baseline: String?
    var writeBaseline: String?
    var followLinks = false
    var verbose = false

    /// Runs the lint; throws `ExitCode` with the exit code, or a `ValidationError`.
    func run() throws {
        let workingDirectory = LintSession.currentDirectory()
        var configuration = try loadConfiguration(workingDirectory: workingDirectory)
        if !select.isEmpty { configuration.selected = try codes(select, option: "--select") }
        configuration.ignored = try codes(ignore, option: "--ignore")
        configuration.forcedApply = apply
        var linter = Linter(parseOptions: ParseOptions(maxDepth: maxDepth, maxAliases: maxAliases, maxFileSize: maxFileSize), inlineSuppressions: !noInlineSuppressions)
        linter.recordsObjects = format == .junit
        linter.recordsExcerpts = format == .text && !quiet
        linter.maxFindingsPerFile = maxFindingsPerFile
        var session = LintSession(configuration: configuration, linter: linter, workingDirectory: workingDirectory, jobs: jobs)
        session.followsLinks = followLinks
        let threshold = failOn?.severity ?? configuration.failOn ?? .error
        // Checked against every input before anything is linted: the report keeps only files
        // with findings, so it cannot tell whether a clean file is the one named.
        for (option, target) in [("--output", output), ("--write-baseline", writeBaseline)] {
            if let target, SameFile.isAmong(target, inputs: paths, followsLinks: followLinks) {
                throw fail("\(option) \(target) is one of the files being linted; istaglint never writes to its inputs")
            }
        }
        if writeBaseline == nil, output == nil,
            let reporter = format.streamingReporter(quiet: quiet, color: colorWanted) {
            try stream(session, to: reporter, failOn: threshold)
            return
        }
        var skipped = SkippedPaths(verbose: verbose)
        var report = session.run(
            paths: paths, standardInputName: stdinFilename,
            readStandardInput: { FileReader.standardInput(label: stdinFilename, sizeLimit: maxFileSize) }, skipped: { skipped.add($0) })
        skipped.reportCounts()
        if let writeBaseline {
            if let failure = FileWriter.write(Baseline(report).encoded(), to: writeBaseline) {
                throw fail("cannot write the baseline \(failure.path): \(failure.reason)")
            }
            let count = report.diagnostics.count
            StandardStreams.writeError("istaglint: recorded \(count) finding\(count == 1 ? "" : "s") in \(writeBaseline)\n")
            reportReadFailures(report.readFailures)
            throw ExitCode(report.readFailures.isEmpty ? 0 : 2)
        }
        if let baseline {
            report = try loadBaseline(baseline).filter(report)
        }
        try emit(report, failOn: threshold)
        reportReadFailures(report.readFailures)
        if !report.readFailures.isEmpty { throw ExitCode(2) }
        if report.hasFindings(atOrAbove: threshold) { throw ExitCode(1) }
    }

    /// Lints and writes the report to standard output file by file, keeping only the counts.
    private func stream(_ session: LintSession, to reporter: any StreamingReporter, failOn: Severity) throws {
        var filter = try baseline.map { BaselineFilter(try loadBaseline($0), standardInputName: paths.contains("-") ? stdinFilename : nil) }
        var summary = Summary()
        var readFailures: [ReadFailure] = []
        var buffer = OutputBuffer()
        var skipped = SkippedPaths(verbose: verbose)
        let unusable = session.run(
            paths: paths, standardInputName: stdinFilename, readStandardInput: { FileReader.standardInput(label: stdinFilename, sizeLimit: maxFileSize) },
            skipped: { skipped.add($0) }
        ) { outcome in
            switch outcome {
            case .success(var report):
                if filter != nil { report = filter!.filter(report) }
                summary.count(report)
                buffer.append(reporter.render(file: report))
            case .failure(let failure):
                readFailures.append(failure)
            }
        }
        readFailures = unusable + readFailures
        summary.unreadable += readFailures.count
        buffer.append(reporter.closing(summary: summary, readFailures: readFailures))
        buffer.flush()
        skipped.reportCounts()
        if let message = StandardStreams.outputFailureMessage(buffer.failure) {
            reportReadFailures(readFailures)
            throw fail(message)
        }
        reportReadFailures(readFailures)
        if !readFailures.isEmpty { throw ExitCode(2) }
        if summary.hasFindings(atOrAbove: failOn) { throw ExitCode(1) }
    }

    private func loadBaseline(_ path: String) throws -> Baseline {
        switch FileReader.contents(of: path) {
        case .failure(let failure): throw fail("cannot read the baseline \(failure.path): \(failure.reason)")
        case .success(let bytes):
            do {
                return try Baseline.decode(bytes)
            } catch {
                throw fail("\(path) is not an istaglint baseline: \(error)")
            }
        }
    }

    private func emit(_ report: RunReport, failOn: Severity) throws {
        let rendered = format.reporter(quiet: quiet, color: output == nil && colorWanted, failOn: failOn).render(report)
        guard let output else {
            if let message = StandardStreams.outputFailureMessage(StandardStreams.writeOutput(rendered)) { throw fail(message) }
            return
        }
        if let failure = FileWriter.write(rendered, to: output) {
            throw fail("cannot write the report to \(failure.path): \(failure.reason)")
        }
        if !quiet { StandardStreams.writeError(TextReporter().summaryLine(report.summary) + "\n") }
    }

    private var colorWanted: Bool {
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        return !noColor && StandardStreams.isTerminal(STDOUT_FILENO)
    }

    private func reportReadFailures(_ failures: [ReadFailure]) {
        for failure in failures {
            StandardStreams.writeError("istaglint: cannot read \(DisplayText.escaped(failure.path)): \(failure.reason)\n")
        }
    }

    private func loadConfiguration(workingDirectory: String) throws -> Configuration {
        guard !noConfig else {
            if verbose { StandardStreams.writeError("istaglint: no configuration file (--no-config)\n") }
            return Configuration(baseDirectory: workingDirectory)
        }
        let path: String
        if let config {
            path = config
        } else {
            let search = ConfigurationLoader.search(from: workingDirectory, exists: { access($0, F_OK) == 0 })
            guard let found = search.path else {
                if verbose {
                    let name = ConfigurationLoader.fileName
                    let looked = search.repositoryRoot.map { "from \(workingDirectory) up to the repository root \($0)" }
                        ?? "in \(workingDirectory), which is not in a git repository"
                    StandardStreams.writeError("istaglint: no configuration file (looked for \(name) \(looked))\n")
                }
                return Configuration(baseDirectory: workingDirectory)
            }
            path = found
        }
        if verbose { StandardStreams.writeError("istaglint: configuration \(path)\n") }
        switch FileReader.contents(of: path) {
        case .failure(let failure):
            throw fail("cannot read the configuration \(failure.path): \(failure.reason)")
        case .success(let bytes):
            switch ConfigurationLoader.parse(bytes, path: path, workingDirectory: workingDirectory) {
            case .success(let configuration): return configuration
            case .failure(let error):
                StandardStreams.writeError("\(error)\n")
                throw ExitCode(2)
            }
        }
    }

    private func codes(_ selectors: [String], option: String) throws -> Set<String> {
        var codes: Set<String> = []
        for selector in selectors.flatMap({ $0.split(separator: ",").map(String.init) }) where !selector.isEmpty {
            switch RuleSelector.codes(for: selector) {
            case .success(let found): codes.formUnion(found)
            case .failure(let error): throw ValidationError("\(option): \(error)")
            }
        }
        return codes
    }

    private func fail(_ message: String) -> ExitCode {
        StandardStreams.writeError("istaglint: \(DisplayText.escaped(message))\n")
        return ExitCode(2)
    }
}
