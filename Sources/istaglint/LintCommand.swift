import ArgumentParser
import IstagLintKit
import YAMLTree

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `istaglint [PATH...]`: lint files, directories and standard input.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint files and directories (the default command).",
        discussion: """
            Directories are walked for *.yaml, *.yml and *.json, skipping hidden directories; a file named \
            explicitly is read whatever its extension. Configuration comes from .istaglint.yaml in the working \
            directory or the nearest one above it.
            """)

    @Argument(help: "Files or directories to lint; - reads standard input.")
    var paths: [String] = []

    @Option(help: "The report format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Write the report to this file instead of standard output (the summary goes to standard error).")
    var output: String?

    @Option(help: "The lowest severity that makes the exit code 1: error (default), warning or info. Wins over the configuration file.")
    var failOn: FailOn?

    @Option(help: "The name standard input has in the report and for configuration patterns.")
    var stdinFilename: String = "<stdin>"

    @Flag(help: "Print only the findings: no source excerpts and no summary.")
    var quiet = false

    @Option(help: "The deepest nesting of YAML collections read before a file is cut short.")
    var maxDepth: Int = ParseOptions.default.maxDepth

    @Option(help: "The configuration file to use instead of looking for .istaglint.yaml.")
    var config: String?

    @Flag(help: "Ignore configuration files.")
    var noConfig = false

    @Option(help: "Run only these rules: codes, names or families (IST5), comma-separated or repeated. Wins over the configuration file.")
    var select: [String] = []

    @Option(help: "Never run these rules: codes, names or families, comma-separated or repeated.")
    var ignore: [String] = []

    @Flag(help: "Ignore every # istaglint: comment, for CI that forbids inline suppressions.")
    var noInlineSuppressions = false

    @Option(help: "Report only findings that are not in this baseline file.")
    var baseline: String?

    @Option(help: "Record today's findings in this file, and exit 0.")
    var writeBaseline: String?

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("no paths given: name files or directories to lint, or - for standard input")
        }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be at least 1") }
        if noConfig && config != nil { throw ValidationError("--config and --no-config contradict each other") }
    }

    func run() throws {
        let workingDirectory = LintSession.currentDirectory()
        var configuration = try loadConfiguration(workingDirectory: workingDirectory)
        if !select.isEmpty { configuration.selected = try codes(select, option: "--select") }
        configuration.ignored = try codes(ignore, option: "--ignore")
        let linter = Linter(parseOptions: ParseOptions(maxDepth: maxDepth), inlineSuppressions: !noInlineSuppressions)
        let session = LintSession(configuration: configuration, linter: linter, workingDirectory: workingDirectory)
        var report = session.run(paths: paths, standardInputName: stdinFilename) {
            FileReader.standardInput(label: stdinFilename)
        }
        if let writeBaseline {
            if let failure = FileWriter.write(Baseline(report).encoded(), to: writeBaseline) {
                throw fail("cannot write the baseline \(failure.path): \(failure.reason)")
            }
            let count = report.diagnostics.count
            StandardStreams.writeError("istaglint: recorded \(count) finding\(count == 1 ? "" : "s") in \(writeBaseline)\n")
            reportReadFailures(report)
            throw ExitCode(report.readFailures.isEmpty ? 0 : 2)
        }
        if let baseline {
            switch FileReader.contents(of: baseline) {
            case .failure(let failure): throw fail("cannot read the baseline \(failure.path): \(failure.reason)")
            case .success(let bytes):
                do {
                    report = try Baseline.decode(bytes).filter(report)
                } catch {
                    throw fail("\(baseline) is not an istaglint baseline: \(error)")
                }
            }
        }
        let threshold = failOn?.severity ?? configuration.failOn ?? .error
        try emit(report, failOn: threshold)
        reportReadFailures(report)
        if !report.readFailures.isEmpty { throw ExitCode(2) }
        if report.hasFindings(atOrAbove: threshold) { throw ExitCode(1) }
    }

    private func emit(_ report: RunReport, failOn: Severity) throws {
        let rendered = format.reporter(quiet: quiet, color: output == nil && colorWanted, failOn: failOn).render(report)
        guard let output else {
            StandardStreams.writeOutput(rendered)
            return
        }
        if report.files.contains(where: { PathArithmeticCLI.same($0.file, output) }) {
            throw fail("--output \(output) is one of the files being linted; istaglint never writes to its inputs")
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

    private func reportReadFailures(_ report: RunReport) {
        for failure in report.readFailures {
            StandardStreams.writeError("istaglint: cannot read \(failure.path): \(failure.reason)\n")
        }
    }

    private func loadConfiguration(workingDirectory: String) throws -> Configuration {
        guard !noConfig else { return Configuration(baseDirectory: workingDirectory) }
        let path: String
        if let config {
            path = config
        } else if let found = ConfigurationLoader.discover(from: workingDirectory, exists: { access($0, F_OK) == 0 }) {
            path = found
        } else {
            return Configuration(baseDirectory: workingDirectory)
        }
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
        StandardStreams.writeError("istaglint: \(message)\n")
        return ExitCode(2)
    }
}
