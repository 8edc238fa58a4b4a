import Dispatch
import Synchronization

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
    /// How many files are linted at once.
    public var jobs: Int

    /// Creates a session.
    public init(configuration: Configuration, linter: Linter, workingDirectory: String, jobs: Int = LintSession.processorCount) {
        self.configuration = configuration
        self.linter = linter
        self.workingDirectory = workingDirectory
        self.jobs = max(1, jobs)
    }

    /// The number of processors online.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// The process's working directory.
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(cString: buffer)
    }

    /// What to lint, in report order.
    private enum Input {
        case bytes(name: String, [UInt8])
        case file(String)
    }

    /// Lints `paths` in order; `-` stands for standard input, read once with `readStandardInput`
    /// and named `standardInputName`. Files are linted `jobs` at a time; the report keeps the
    /// order of the paths whatever the scheduling.
    public func run(paths: [String], standardInputName: String, readStandardInput: () -> Result<[UInt8], ReadFailure>) -> RunReport {
        var inputs: [Input] = []
        var failures: [ReadFailure] = []
        var collector = InputCollector()
        var readInput = false
        for path in paths {
            if path == "-" {
                guard !readInput else { continue }
                readInput = true
                guard !configuration.isExcluded(standardInputName, workingDirectory: workingDirectory) else { continue }
                switch readStandardInput() {
                case .success(let bytes): inputs.append(.bytes(name: standardInputName, bytes))
                case .failure(let failure): failures.append(failure)
                }
                continue
            }
            let known = (files: collector.files.count, failures: collector.failures.count)
            collector.add(path)
            failures += collector.failures[known.failures...]
            for file in collector.files[known.files...] where !configuration.isExcluded(file, workingDirectory: workingDirectory) {
                inputs.append(.file(file))
            }
        }
        let work = inputs
        let rules = RuleCatalog.all.map(\.description)
        // Without per-path overrides every file gets the same severities: work them out once.
        let shared = configuration.overrides.isEmpty
            ? configuration.severities(for: ".", workingDirectory: workingDirectory, rules: rules) : nil
        // Reports with findings, failures, and the counts of clean files: a clean file's
        // report is dropped as soon as it is counted, so memory follows the findings.
        let keepsCleanFiles = linter.recordsObjects
        let workers = min(jobs, work.count)
        guard workers > 1 else {
            // One file or one job: no threads, no locks (a pre-commit hook often passes one file).
            var reports: [FileReport] = []
            var clean = Summary()
            for input in work {
                switch lint(input, rules: rules, severities: shared) {
                case .success(let report) where report.diagnostics.isEmpty && !keepsCleanFiles: clean.count(report)
                case .success(let report): reports.append(report)
                case .failure(let failure): failures.append(failure)
                }
            }
            return RunReport(files: reports, readFailures: failures, omitted: clean)
        }
        let results = Mutex<(kept: [Int: Result<FileReport, ReadFailure>], clean: Summary)>(([:], Summary()))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < work.count else { return }
                let outcome = lint(work[index], rules: rules, severities: shared)
                results.withLock { results in
                    if case .success(let report) = outcome, report.diagnostics.isEmpty, !keepsCleanFiles {
                        results.clean.count(report)
                    } else {
                        results.kept[index] = outcome
                    }
                }
            }
        }
        let (kept, clean) = results.withLock { ($0.kept, $0.clean) }
        var reports: [FileReport] = []
        for index in kept.keys.sorted() {
            switch kept[index] {
            case .success(let report)?: reports.append(report)
            case .failure(let failure)?: failures.append(failure)
            case nil: break
            }
        }
        return RunReport(files: reports, readFailures: failures, omitted: clean)
    }

    private func lint(_ input: Input, rules: [RuleDescription], severities shared: [String: Severity]?) -> Result<FileReport, ReadFailure> {
        switch input {
        case .bytes(let name, let bytes):
            let severities = shared ?? configuration.severities(for: name, workingDirectory: workingDirectory, rules: rules)
            return .success(linter.lint(bytes, file: name, severities: severities))
        case .file(let path):
            if let size = FileReader.size(of: path), size > linter.parseOptions.maxFileSize {
                let severities = shared ?? configuration.severities(for: path, workingDirectory: workingDirectory, rules: rules)
                return .success(linter.report(forOversized: path, size: size, severities: severities))
            }
            return FileReader.contents(of: path).map { bytes in
                let severities = shared ?? configuration.severities(for: path, workingDirectory: workingDirectory, rules: rules)
                return linter.lint(bytes, file: path, severities: severities)
            }
        }
    }
}
