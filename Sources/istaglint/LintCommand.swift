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
        discussion: "Directories are walked for *.yaml, *.yml and *.json, skipping hidden directories; a file named explicitly is read whatever its extension.")

    @Argument(help: "Files or directories to lint; - reads standard input.")
    var paths: [String] = []

    @Option(help: "The report format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "The lowest severity that makes the exit code 1: error, warning or info.")
    var failOn: FailOn = .error

    @Option(help: "The name standard input has in the report.")
    var stdinFilename: String = "<stdin>"

    @Flag(help: "Print only the findings: no source excerpts and no summary.")
    var quiet = false

    @Option(help: "The deepest nesting of YAML collections read before a file is cut short.")
    var maxDepth: Int = ParseOptions.default.maxDepth

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("no paths given: name files or directories to lint, or - for standard input")
        }
        guard maxDepth > 0 else { throw ValidationError("--max-depth must be at least 1") }
    }

    func run() throws {
        let linter = Linter(parseOptions: ParseOptions(maxDepth: maxDepth))
        var reports: [FileReport] = []
        var failures: [ReadFailure] = []
        var readStandardInput = false
        var collector = InputCollector()
        for path in paths {
            if path == "-" {
                guard !readStandardInput else { continue }
                readStandardInput = true
                switch FileReader.standardInput(label: stdinFilename) {
                case .success(let bytes): reports.append(linter.lint(bytes, file: stdinFilename))
                case .failure(let failure): failures.append(failure)
                }
                continue
            }
            let known = (files: collector.files.count, failures: collector.failures.count)
            collector.add(path)
            failures += collector.failures[known.failures...]
            for file in collector.files[known.files...] {
                switch FileReader.contents(of: file) {
                case .success(let bytes): reports.append(linter.lint(bytes, file: file))
                case .failure(let failure): failures.append(failure)
                }
            }
        }
        let run = RunReport(files: reports, readFailures: failures)
        let reporter: any Reporter
        switch format {
        case .text:
            let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
            reporter = TextReporter(color: !noColor && StandardStreams.isTerminal(STDOUT_FILENO), quiet: quiet)
        case .json:
            reporter = JSONReporter()
        }
        StandardStreams.writeOutput(reporter.render(run))
        for failure in failures {
            StandardStreams.writeError("istaglint: cannot read \(failure.path): \(failure.reason)\n")
        }
        if !failures.isEmpty { throw ExitCode(2) }
        if run.hasFindings(atOrAbove: failOn.severity) { throw ExitCode(1) }
    }
}
