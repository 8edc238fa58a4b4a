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
    var noIgnore = false
    var verbose = false
    var color = ColorChoice.auto

    /// Checks the values and combinations of the options, in one place for both parsers:
    /// `LintCommand.validate()` calls it, and `FastArguments` hands a command line that fails
    /// it to the argument parser, which prints the message with the usage. Throws a
    /// `ValidationError` that names the first problem.
    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("no paths given: name files or directories to lint, or - for standard input")
        }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be at least 1") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
        guard maxAliases >= 0 else { throw ValidationError("--max-aliases must be 0 or more") }
        guard maxFileSize >= 0 else { throw ValidationError("--max-file-size must be 0 or more") }
        guard maxFindingsPerFile >= 0 else { throw ValidationError("--max-findings-per-file must be 0 or more") }
        if noConfig && config != nil { throw ValidationError("--config and --no-config contradict each other") }
    }

    /// Runs the lint; throws `ExitCode` with the exit code, or a `ValidationError`.
    func run() throws {
        let spelling = PathSpelling(workingDirectory: LintSession.currentDirectory(), alias: getenv("PWD").map { String(cString: $0) })
        let commandLine = ConfigurationSet.CommandLine(
            selected: select.isEmpty ? nil : try codes(select, option: "--select"), ignored: try codes(ignore, option: "--ignore"), forcedApply: apply)
        var configurations = try loadConfigurations(spelling: spelling, commandLine: commandLine)
        // One run has one exit code: its fail-on is the working directory's configuration's.
        let here = configurations.index(forFolder: spelling.workingDirectory)
        var events = EventPrinter(verbose: verbose)
        for event in configurations.takeEvents() { events.tell(event) }
        guard let here else { throw ExitCode(2) }
        var linter = Linter(parseOptions: ParseOptions(maxDepth: maxDepth, maxAliases: maxAliases, maxFileSize: maxFileSize), inlineSuppressions: !noInlineSuppressions)
        linter.recordsObjects = format == .junit
        linter.keepsSourceText = format == .text && !quiet
        linter.maxFindingsPerFile = maxFindingsPerFile
        var session = LintSession(configurations: configurations, linter: linter, jobs: jobs)
        session.followsLinks = followLinks
        session.honoursIgnoreFiles = !noIgnore
        let threshold = failOn?.severity ?? configurations[here].failOn ?? .error
        // Checked against every input before anything is linted: the report keeps only files
        // with findings, so it cannot tell whether a clean file is the one named.
        for (option, target) in [("--output", output), ("--write-baseline", writeBaseline)] {
            if let target, SameFile.isAmong(target, inputs: paths, followsLinks: followLinks) {
                throw fail("\(option) \(target) is one of the files being linted; istaglint never writes to its inputs")
            }
        }
        if let writeBaseline {
            try record(session, toBaseline: writeBaseline, events: &events)
        }
        let baseline = try self.baseline.map { try loadBaseline($0, spelling: spelling) }
        var destination = try openDestination()
        defer { if output != nil { close(destination.descriptor) } }
        if output != nil { session.leavesAlone = FileIdentity(descriptor: destination.descriptor) }
        let colors = color.colors(descriptor: output == nil ? STDOUT_FILENO : nil)
        var skipped = SkippedPaths(verbose: verbose)
        let (summary, readFailures) = if let reporter = format.streamingReporter(quiet: quiet, color: colors) {
            stream(session, to: reporter, through: &destination, baseline: baseline, skipped: &skipped, events: &events)
        } else {
            gather(session, to: format.reporter(quiet: quiet, color: colors, failOn: threshold), through: &destination,
                baseline: baseline, skipped: &skipped, events: &events)
        }
        destination.flush()
        skipped.reportCounts()
        if let message = writeFailureMessage(destination.failure) {
            reportReadFailures(readFailures)
            throw fail(message)
        }
        if output != nil, !quiet { StandardStreams.writeError(TextReporter().summaryLine(summary) + "\n") }
        reportReadFailures(readFailures)
        if !readFailures.isEmpty || events.failed { throw ExitCode(2) }
        if summary.hasFindings(atOrAbove: threshold) { throw ExitCode(1) }
    }

    /// Lints and writes the findings to a baseline file instead of a report; always throws
    /// the exit code.
    private func record(_ session: LintSession, toBaseline path: String, events: inout EventPrinter) throws -> Never {
        var skipped = SkippedPaths(verbose: verbose)
        let report = session.run(
            paths: paths, standardInputName: stdinFilename,
            readStandardInput: { FileReader.standardInput(label: stdinFilename, sizeLimit: maxFileSize) }, skipped: { skipped.add($0) },
            configurationEvents: { events.tell($0) })
        skipped.reportCounts()
        report.files.forEach(tellNotManifest)
        if let failure = FileWriter.write(Baseline(report).encoded(), to: path) {
            throw fail("cannot write the baseline \(failure.path): \(failure.reason)")
        }
        let count = report.diagnostics.count
        StandardStreams.writeError("istaglint: recorded \(count) finding\(count == 1 ? "" : "s") in \(path)\n")
        reportReadFailures(report.readFailures)
        throw ExitCode(report.readFailures.isEmpty && !events.failed ? 0 : 2)
    }

    /// Where the report goes: standard output, or the `--output` file, created or emptied
    /// before anything is linted and written as the report comes.
    private func openDestination() throws -> OutputBuffer {
        guard let output else { return OutputBuffer() }
        switch FileWriter.create(output) {
        case .success(let descriptor): return OutputBuffer(descriptor: descriptor)
        case .failure(let failure): throw fail("cannot write the report to \(failure.path): \(failure.reason)")
        }
    }

    /// The message for a report that could not be written, or nil when it was, or when
    /// standard output's reader went away (a closed pipe ends the run quietly).
    private func writeFailureMessage(_ code: Int32?) -> String? {
        guard let output else { return StandardStreams.outputFailureMessage(code) }
        return code.map { "cannot write the report to \(output): " + StandardStreams.errorText($0) }
    }

    /// Lints and writes the report file by file, keeping only the counts; returns them and
    /// the paths that could not be read.
    private func stream(
        _ session: LintSession, to reporter: any StreamingReporter, through destination: inout OutputBuffer, baseline: Baseline?,
        skipped: inout SkippedPaths, events: inout EventPrinter
    ) -> (Summary, [ReadFailure]) {
        let standardInputName = paths.contains("-") ? session.configurations.spelling.spelling(of: stdinFilename) : nil
        var filter = baseline.map { BaselineFilter($0, standardInputName: standardInputName) }
        var progress = StreamProgress(sharedNames: standardInputName.map { [$0] } ?? [])
        var summary = Summary()
        var readFailures: [ReadFailure] = []
        reporter.writeOpening(to: &destination)
        let unusable = session.run(
            paths: paths, standardInputName: stdinFilename, readStandardInput: { FileReader.standardInput(label: stdinFilename, sizeLimit: maxFileSize) },
            skipped: { skipped.add($0) }, configurationEvents: { events.tell($0) }
        ) { outcome in
            switch outcome {
            case .success(var report):
                if filter != nil { report = filter!.filter(report) }
                tellNotManifest(report)
                summary.count(report)
                reporter.write(file: report, progress: &progress, to: &destination)
            case .failure(let failure):
                readFailures.append(failure)
            }
        }
        readFailures = unusable + readFailures
        summary.unreadable += readFailures.count
        reporter.writeClosing(summary: summary, readFailures: readFailures, progress: progress, to: &destination)
        return (summary, readFailures)
    }

    /// Lints the whole run, then writes the report piece by piece (a format whose beginning
    /// depends on the totals); returns the counts and the paths that could not be read.
    private func gather(
        _ session: LintSession, to reporter: any Reporter, through destination: inout OutputBuffer, baseline: Baseline?,
        skipped: inout SkippedPaths, events: inout EventPrinter
    ) -> (Summary, [ReadFailure]) {
        var report = session.run(
            paths: paths, standardInputName: stdinFilename,
            readStandardInput: { FileReader.standardInput(label: stdinFilename, sizeLimit: maxFileSize) }, skipped: { skipped.add($0) },
            configurationEvents: { events.tell($0) })
        if let baseline {
            report = baseline.filter(report, standardInputName: paths.contains("-") ? session.configurations.spelling.spelling(of: stdinFilename) : nil)
        }
        report.files.forEach(tellNotManifest)
        reporter.write(report, to: &destination)
        return (report.summary, report.readFailures)
    }

    /// Names a file that is not a manifest on standard error, with why, under `--verbose`.
    private func tellNotManifest(_ report: FileReport) {
        guard verbose, let reason = report.notManifestReason else { return }
        StandardStreams.writeError("istaglint: \(DisplayText.escaped(report.file)) is not a manifest: \(reason)\n")
    }

    /// Reads a baseline, its file names spelled as this run spells them (older versions
    /// wrote `./a.yaml` for a file walked from `.`).
    private func loadBaseline(_ path: String, spelling: PathSpelling) throws -> Baseline {
        switch FileReader.contents(of: path) {
        case .failure(let failure): throw fail("cannot read the baseline \(failure.path): \(failure.reason)")
        case .success(let bytes):
            do {
                var baseline = try Baseline.decode(bytes)
                baseline.respell(with: spelling)
                return baseline
            } catch {
                throw fail("\(path) is not an istaglint baseline: \(error)")
            }
        }
    }

    private func reportReadFailures(_ failures: [ReadFailure]) {
        for failure in failures {
            StandardStreams.writeError("istaglint: cannot read \(DisplayText.escaped(failure.path)): \(failure.reason)\n")
        }
    }

    /// Where each file's configuration comes from: `--no-config`, `--config FILE` (read
    /// now; a problem ends the run before anything is linted), or the nearest file above it.
    private func loadConfigurations(spelling: PathSpelling, commandLine: ConfigurationSet.CommandLine) throws -> ConfigurationSet {
        if noConfig {
            if verbose { StandardStreams.writeError("istaglint: no configuration file (--no-config)\n") }
            return ConfigurationSet(only: Configuration(baseDirectory: spelling.workingDirectory), spelling: spelling, commandLine: commandLine)
        }
        guard let config else { return ConfigurationSet(nearest: spelling, commandLine: commandLine) }
        if verbose { StandardStreams.writeError("istaglint: configuration \(config)\n") }
        switch FileReader.contents(of: config) {
        case .failure(let failure):
            throw fail("cannot read the configuration \(failure.path): \(failure.reason)")
        case .success(let bytes):
            switch ConfigurationLoader.parse(bytes, path: config, workingDirectory: spelling.workingDirectory) {
            case .success(let configuration): return ConfigurationSet(only: configuration, spelling: spelling, commandLine: commandLine)
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
