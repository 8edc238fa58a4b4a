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
    var fix = false
    var diff = false
    var unsafeFixes = false
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
        if fix && diff { throw ValidationError("--fix and --diff contradict each other: --diff shows what --fix would change, without changing it") }
        if unsafeFixes && !fix && !diff { throw ValidationError("--unsafe-fixes needs --fix or --diff") }
        if (fix || diff) && writeBaseline != nil {
            throw ValidationError("--write-baseline records findings; it does not fix them: leave out --fix and --diff")
        }
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
        var linter = Linter(
            parseOptions: ParseOptions(maxDepth: maxDepth, maxAliases: maxAliases, maxFileSize: maxFileSize), inlineSuppressions: !noInlineSuppressions)
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
        var skipped = SkippedPaths(verbose: verbose)
        if let writeBaseline {
            return try record(session, toBaseline: writeBaseline, skipped: &skipped, events: &events)
        }
        let baseline = try self.baseline.map { try loadBaseline($0, spelling: spelling) }
        let standardInputName = paths.contains("-") ? session.configurations.spelling.spelling(of: stdinFilename) : nil
        let filter = baseline.map { BaselineFilter($0, standardInputName: standardInputName) }
        if fix || diff { session.fixing = FixSettings(includingUnsafe: unsafeFixes, baseline: baseline, writesFiles: fix) }
        if diff { return try showDiff(session, filter: filter, skipped: &skipped, events: &events) }
        // Under --fix, standard input's fixed text takes standard output: the report goes to
        // standard error unless --output names a file.
        let reportDescriptor = fix && standardInputName != nil ? STDERR_FILENO : STDOUT_FILENO
        var destination = try openDestination(standardDescriptor: reportDescriptor)
        defer { if output != nil { close(destination.descriptor) } }
        if output != nil { session.leavesAlone = FileIdentity(descriptor: destination.descriptor) }
        let colors = color.colors(descriptor: output == nil ? reportDescriptor : nil)
        let linted: RunReport
        if let reporter = format.streamingReporter(quiet: quiet, color: colors) {
            // Written file by file as the run goes; the run keeps only its counts.
            var progress = StreamProgress(sharedNames: standardInputName.map { [$0] } ?? [])
            reporter.writeOpening(to: &destination)
            linted = lint(session, keeping: .noFile, filter: filter, skipped: &skipped, events: &events) { report in
                reporter.write(file: report, progress: &progress, to: &destination)
            }
            reporter.writeClosing(summary: linted.summary, readFailures: linted.readFailures, progress: progress, to: &destination)
        } else {
            // A format whose beginning depends on the totals: written once the run is over.
            linted = lint(session, keeping: session.linter.recordsObjects ? .everyFile : .filesToReport, filter: filter, skipped: &skipped, events: &events)
            format.reporter(quiet: quiet, color: colors, failOn: threshold).write(linted, to: &destination)
        }
        destination.flush()
        try finish(
            linted, writeFailure: writeFailureMessage(destination.failure),
            closingLine: output != nil && !quiet ? TextReporter().summaryLine(linted.summary) : nil, failingSeverity: threshold, skipped: skipped,
            events: events)
    }

    /// Lints and writes the findings to a baseline file instead of a report; throws the exit
    /// code when it is not 0 (a finding does not fail the run).
    private func record(_ session: LintSession, toBaseline path: String, skipped: inout SkippedPaths, events: inout EventPrinter) throws {
        let linted = lint(session, keeping: .filesToReport, filter: nil, skipped: &skipped, events: &events)
        let failure = FileWriter.write(Baseline(linted).encoded(), to: path)
        let count = linted.diagnostics.count
        try finish(
            linted, writeFailure: failure.map { "cannot write the baseline \($0.path): \($0.reason)" },
            closingLine: "istaglint: recorded \(count) finding\(count == 1 ? "" : "s") in \(path)", failingSeverity: nil, skipped: skipped, events: events)
    }

    /// Lints the run: hands each file's report, without the findings of the baseline `filter`
    /// and named under `--verbose` when it is not a manifest, to `write`, and returns the run
    /// gathered as `keeping` says: one path for every format and for `--write-baseline`.
    private func lint(
        _ session: LintSession, keeping: RunGatherer.Keeping, filter: BaselineFilter?, skipped: inout SkippedPaths, events: inout EventPrinter,
        write: (FileReport) -> Void = { _ in }
    ) -> RunReport {
        var filter = filter
        var gatherer = RunGatherer(keeping: keeping)
        let unusable = session.run(
            paths: paths, standardInputName: stdinFilename, readStandardInput: { FileReader.standardInput(label: stdinFilename, sizeLimit: maxFileSize) },
            skipped: { skipped.add($0) }, configurationEvents: { events.tell($0) },
            deliver: { outcome in
                guard case .success(var report) = outcome else {
                    gatherer.add(outcome)
                    return
                }
                report = filter?.filter(report) ?? report
                tellNotManifest(report)
                if let fixing = report.fixing { tellFixing(fixing, of: report.file) }
                gatherer.add(report)
                write(report)
            })
        // What compares the files, once all are linted: after them in a streamed report.
        for extra in gatherer.crossFileReports() {
            let kept = filter?.filter(extra) ?? extra
            gatherer.merge(kept)
            if !kept.diagnostics.isEmpty { write(kept) }
        }
        return gatherer.report(unusable: unusable)
    }

    /// Ends a run the same way whatever it wrote: the counts of skipped paths; then either why
    /// the report or baseline could not be written, or `closingLine`; the paths that could not
    /// be read; and the exit code, thrown unless 0: 2 for a report or baseline not written, a
    /// path not read or a configuration file not used, 1 for a finding at or above
    /// `failingSeverity` (nil: no finding fails the run).
    private func finish(
        _ linted: RunReport, writeFailure: String?, closingLine: String?, failingSeverity: Severity?, skipped: SkippedPaths, events: EventPrinter
    ) throws {
        skipped.reportCounts()
        if let writeFailure {
            reportReadFailures(linted.readFailures)
            throw fail(writeFailure)
        }
        if let closingLine { StandardStreams.writeError(closingLine + "\n") }
        reportReadFailures(linted.readFailures)
        if !linted.readFailures.isEmpty || events.failed || linted.summary.unwritten != nil { throw ExitCode(2) }
        if let failingSeverity, linted.summary.hasFindings(atOrAbove: failingSeverity) { throw ExitCode(1) }
    }

    /// Where the report goes: standard output, or the `--output` file, created or emptied
    /// before anything is linted and written as the report comes.
    private func openDestination(standardDescriptor: Int32) throws -> OutputBuffer {
        guard let output else { return OutputBuffer(descriptor: standardDescriptor) }
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

    /// What fixing a file left undone, on standard error: each fix withheld, with why, and a
    /// fixed text that could not be written back. Under `--fix`, standard input's text (fixed
    /// or not) goes to standard output, so that istaglint can stand in a pipe.
    private func tellFixing(_ fixing: FixOutcome, of file: String) {
        for withheld in fixing.withheld {
            let place = "\(DisplayText.escaped(file)):\(withheld.range.start.line):\(withheld.range.start.column)"
            StandardStreams.writeError("istaglint: \(place): the fix for \(withheld.ruleId) was withheld: \(withheld.reason)\n")
        }
        if let failure = fixing.writeFailure {
            StandardStreams.writeError("istaglint: cannot write the fixed \(DisplayText.escaped(file)): \(failure)\n")
        }
        if fix && fixing.isStandardInput { _ = FileWriter.write(fixing.fixed, toDescriptor: STDOUT_FILENO) }
    }

    /// `--diff`: prints what `--fix` would change as a unified diff on standard output, and a
    /// count on standard error; throws the exit code unless 0: 1 when there is a change, 2 for
    /// a path not read.
    private func showDiff(_ session: LintSession, filter: BaselineFilter?, skipped: inout SkippedPaths, events: inout EventPrinter) throws {
        var destination = OutputBuffer()
        var changedFiles = 0
        let linted = lint(session, keeping: .noFile, filter: filter, skipped: &skipped, events: &events) { report in
            guard let fixing = report.fixing, fixing.changed else { return }
            changedFiles += 1
            destination.write(UnifiedDiff.of(fixing.original, fixing.fixed, name: report.file))
        }
        destination.flush()
        let fixed = linted.summary.fixed ?? 0
        let line =
            changedFiles == 0
            ? "istaglint: nothing to fix"
            : "istaglint: --fix would fix \(fixed) finding\(fixed == 1 ? "" : "s") in \(changedFiles) file\(changedFiles == 1 ? "" : "s")"
        try finish(
            linted, writeFailure: writeFailureMessage(destination.failure), closingLine: quiet ? nil : line, failingSeverity: nil, skipped: skipped,
            events: events)
        if changedFiles > 0 { throw ExitCode(1) }
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
