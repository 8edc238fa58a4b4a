#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One run over paths given on the command line: expands them, leaves excluded files alone,
/// lints each file with the rule severities configuration gives it, and collects what could not
/// be read.
public struct LintSession: Sendable {
    /// The run's configuration (file and command line together).
    public var configuration: Configuration
    /// The engine.
    public var linter: Linter
    /// The directory relative paths are resolved from.
    public var workingDirectory: String

    /// Creates a session.
    public init(configuration: Configuration, linter: Linter, workingDirectory: String) {
        self.configuration = configuration
        self.linter = linter
        self.workingDirectory = workingDirectory
    }

    /// The process's working directory.
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    /// Lints `paths` in order; `-` stands for standard input, read once with `readStandardInput`
    /// and named `standardInputName`.
    public func run(paths: [String], standardInputName: String, readStandardInput: () -> Result<[UInt8], ReadFailure>) -> RunReport {
        var reports: [FileReport] = []
        var failures: [ReadFailure] = []
        var collector = InputCollector()
        var readInput = false
        let rules = RuleCatalog.all.map(\.description)
        for path in paths {
            if path == "-" {
                guard !readInput else { continue }
                readInput = true
                guard !configuration.isExcluded(standardInputName, workingDirectory: workingDirectory) else { continue }
                switch readStandardInput() {
                case .success(let bytes):
                    let severities = configuration.severities(for: standardInputName, workingDirectory: workingDirectory, rules: rules)
                    reports.append(linter.lint(bytes, file: standardInputName, severities: severities))
                case .failure(let failure): failures.append(failure)
                }
                continue
            }
            let known = (files: collector.files.count, failures: collector.failures.count)
            collector.add(path)
            failures += collector.failures[known.failures...]
            for file in collector.files[known.files...] where !configuration.isExcluded(file, workingDirectory: workingDirectory) {
                switch FileReader.contents(of: file) {
                case .success(let bytes):
                    let severities = configuration.severities(for: file, workingDirectory: workingDirectory, rules: rules)
                    reports.append(linter.lint(bytes, file: file, severities: severities))
                case .failure(let failure):
                    failures.append(failure)
                }
            }
        }
        return RunReport(files: reports, readFailures: failures)
    }
}
