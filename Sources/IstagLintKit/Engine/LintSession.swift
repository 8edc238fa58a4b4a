import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One run over paths given on the command line: expands them, leaves excluded and ignored
/// files alone, lints each file with the rule severities its configuration gives it, and
/// collects what could not be read.
public struct LintSession: Sendable {
    /// The run's configurations (the files found, and the command line's settings).
    public var configurations: ConfigurationSet
    /// The engine.
    public var linter: Linter
    /// How many files are linted at once.
    public var jobs: Int
    /// Whether folder walks follow symbolic links that lead outside the folders named.
    public var followsLinks = false
    /// Whether folder walks leave out what `.gitignore` files name (`--no-ignore` turns it off).
    public var honoursIgnoreFiles = true
    /// A file the run never lints, wherever it is found: the report being written to a file,
    /// which can be created inside a folder being walked and grows while the run goes on.
    public var leavesAlone: FileIdentity?
    /// How files are fixed (`--fix`, `--diff`), or nil when they are only linted.
    public var fixing: FixSettings?

    /// The directory paths are spelled relative to.
    public var workingDirectory: String { configurations.spelling.workingDirectory }

    /// A session with one configuration for every file.
    public init(configuration: Configuration, linter: Linter, workingDirectory: String, jobs: Int = LintSession.processorCount) {
        self.init(configurations: ConfigurationSet(only: configuration, spelling: PathSpelling(workingDirectory: workingDirectory)), linter: linter, jobs: jobs)
    }

    /// A session whose files take their configurations from `configurations`.
    public init(configurations: ConfigurationSet, linter: Linter, jobs: Int = LintSession.processorCount) {
        self.configurations = configurations
        self.linter = linter
        self.jobs = max(1, jobs)
    }

    /// The number of processors online.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// The process's working directory.
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The inputs still to lint and the paths that could not be used, and the rules in force
    /// for each configuration without overrides, worked out once.
    private struct InputQueue {
        var collector: InputCollector
        var failures: [ReadFailure] = []
        /// By the configuration's index (an array, not a dictionary keyed by `Int`: see
        /// `FileIdentityTable` for why start-up avoids one).
        var shared: [RuleSelection?] = []
    }

    /// A file's configuration, and the rules in force when they are the same for all its files.
    private struct Settings: Sendable {
        var configuration: Configuration
        var shared: RuleSelection?
    }

    /// What to lint, in report order.
    private enum Input: Sendable {
        case bytes(name: String, [UInt8], Settings)
        /// Standard input that went on past the size limit; the rest was not read.
        case oversizedStandardInput(name: String, Settings)
        case file(InputPath, Settings)
    }

    /// Lints `paths` in order; `-` stands for standard input, read once with `readStandardInput`
    /// and named `standardInputName`. Files are linted `jobs` at a time; the report keeps the
    /// order of the paths whatever the scheduling.
    ///
    /// A consumer of the streaming run below (a `RunGatherer`): the report keeps the files with
    /// findings and those that are not manifests (every file when the linter records objects)
    /// and only the counts of the others; `run(paths:standardInputName:readStandardInput:deliver:)`
    /// keeps nothing.
    public func run(
        paths: [String], standardInputName: String, readStandardInput: () -> Result<FileReader.Contents, ReadFailure>,
        skipped: (SkippedPath) -> Void = { _ in }, configurationEvents: (ConfigurationSet.Event) -> Void = { _ in }
    ) -> RunReport {
        var gatherer = RunGatherer(keeping: linter.recordsObjects ? .everyFile : .filesToReport)
        let unusable = run(
            paths: paths, standardInputName: standardInputName, readStandardInput: readStandardInput, skipped: skipped, configurationEvents: configurationEvents
        ) { gatherer.add($0) }
        for extra in gatherer.crossFileReports() { gatherer.merge(extra) }
        return gatherer.report(unusable: unusable)
    }

    /// Lints `paths` as `run(paths:standardInputName:readStandardInput:)` does, but hands each
    /// file's outcome to `deliver` in the order of the paths, as soon as the files before it
    /// are delivered, and keeps none: memory follows the largest file, not the number of files.
    ///
    /// Paths are expanded, standard input is read and `deliver` is called on the calling
    /// thread, which lints too while the next file to deliver is not ready; `jobs - 1` other
    /// threads only lint. At most a few files per job are handed out ahead of
    /// the next one to deliver, so a slow file makes the others wait rather than pile up.
    /// Returns the paths that could not be used (missing, not a file, an unreadable directory,
    /// standard input that could not be read), in order; a file that could not be read is
    /// delivered as a failure. `standardInputName` is spelled as paths are; what finding
    /// configurations tells goes to `configurationEvents` as it happens.
    public func run(
        paths: [String], standardInputName: String, readStandardInput: () -> Result<FileReader.Contents, ReadFailure>,
        skipped: (SkippedPath) -> Void = { _ in }, configurationEvents: (ConfigurationSet.Event) -> Void = { _ in },
        deliver: (Result<FileReport, ReadFailure>) -> Void
    ) -> [ReadFailure] {
        let collector = InputCollector(
            paths: paths, followsLinks: followsLinks, configurations: configurations, honoursIgnoreFiles: honoursIgnoreFiles,
            standardInputName: standardInputName, leavingAlone: leavesAlone)
        let standardInputName = configurations.spelling.spelling(of: standardInputName)
        var queue = InputQueue(collector: collector)
        let rules = RuleCatalog.all.map(\.description)
        let patches = KustomizePatches(workingDirectory: workingDirectory)
        func next(_ queue: inout InputQueue) -> Input? {
            nextInput(
                from: &queue, rules: rules, standardInputName: standardInputName, readStandardInput: readStandardInput, skipped: skipped,
                configurationEvents: configurationEvents)
        }
        guard jobs > 1, let first = next(&queue) else {
            // One job: no threads, no locks.
            while let input = next(&queue) { deliver(lint(input, rules: rules, patches: patches)) }
            return queue.failures
        }
        guard let second = next(&queue) else {
            // One file: no threads either (a pre-commit hook often passes one file).
            deliver(lint(first, rules: rules, patches: patches))
            return queue.failures
        }
        let work = WorkQueue()
        let workers = DispatchGroup()
        // The calling thread is one of the jobs: it lints whenever the next file to deliver
        // is not finished and an input waits.
        for _ in 1..<jobs {
            DispatchQueue.global().async(group: workers) {
                while let (index, input) = work.take() {
                    work.finish(index, lint(input, rules: rules, patches: patches))
                }
            }
        }
        let window = 4 * jobs
        var handedOut = 0
        var delivered = 0
        var pending: [Input] = [first, second]
        var exhausted = false
        while true {
            while handedOut - delivered < window, !exhausted {
                guard let input = pending.isEmpty ? next(&queue) : pending.removeFirst() else {
                    exhausted = true
                    break
                }
                work.add(handedOut, input)
                handedOut += 1
            }
            guard delivered < handedOut else { break }
            if let outcome = work.result(delivered) {
                deliver(outcome)
                delivered += 1
            } else if let (index, input) = work.takeIfAny() {
                work.finish(index, lint(input, rules: rules, patches: patches))
            } else {
                deliver(work.waitForResult(delivered))
                delivered += 1
            }
        }
        work.close(workers: jobs - 1)
        workers.wait()
        return queue.failures
    }

    /// The files handed to the worker threads and the outcomes they finished, shared between
    /// the calling thread and the workers.
    private final class WorkQueue: Sendable {
        private struct State {
            var inputs: [(Int, Input)] = []
            var nextInput = 0
            var closed = false
            var finished: [Int: Result<FileReport, ReadFailure>] = [:]
            /// The input the calling thread waits for, if it waits.
            var awaited: Int?

            mutating func takeInput() -> (Int, Input)? {
                guard nextInput < inputs.count else { return nil }
                defer {
                    nextInput += 1
                    if nextInput > 64 && nextInput * 2 > inputs.count {
                        inputs.removeFirst(nextInput)
                        nextInput = 0
                    }
                }
                return inputs[nextInput]
            }
        }

        private let state = Mutex(State())
        /// Signalled once per input added and once per worker when closing.
        private let inputReady = DispatchSemaphore(value: 0)
        /// Signalled when the outcome the calling thread waits for is finished.
        private let outcomeReady = DispatchSemaphore(value: 0)

        /// Hands an input to the workers.
        func add(_ index: Int, _ input: Input) {
            state.withLock { $0.inputs.append((index, input)) }
            inputReady.signal()
        }

        /// Lets each of `workers` stop once the inputs are taken.
        func close(workers: Int) {
            state.withLock { $0.closed = true }
            for _ in 0..<workers { inputReady.signal() }
        }

        /// The next input for a worker, waiting for one; nil once closed and empty.
        func take() -> (Int, Input)? {
            while true {
                inputReady.wait()
                let taken = state.withLock { state -> (Int, Input)?? in
                    if let input = state.takeInput() { return input }
                    return state.closed ? .some(nil) : nil
                }
                if let taken { return taken }
            }
        }

        /// The next input if one waits, without waiting (a worker woken for it finds none
        /// and waits again).
        func takeIfAny() -> (Int, Input)? {
            state.withLock { $0.takeInput() }
        }

        /// Records a worker's outcome, waking the calling thread if it waits for this one.
        func finish(_ index: Int, _ outcome: Result<FileReport, ReadFailure>) {
            let awaited = state.withLock { state -> Bool in
                state.finished[index] = outcome
                guard state.awaited == index else { return false }
                state.awaited = nil
                return true
            }
            if awaited { outcomeReady.signal() }
        }

        /// The outcome of one input if it is finished.
        func result(_ index: Int) -> Result<FileReport, ReadFailure>? {
            state.withLock { $0.finished.removeValue(forKey: index) }
        }

        /// The outcome of one input, waiting until a worker finishes it.
        func waitForResult(_ index: Int) -> Result<FileReport, ReadFailure> {
            while true {
                let outcome = state.withLock { state -> Result<FileReport, ReadFailure>? in
                    let outcome = state.finished.removeValue(forKey: index)
                    if outcome == nil { state.awaited = index }
                    return outcome
                }
                if let outcome { return outcome }
                outcomeReady.wait()
            }
        }
    }

    /// The rules in force for text an editor holds as the file at `path` (absolute), as a run
    /// over that file would use them: its nearest configuration, its overrides, kustomize's
    /// patches. Nil when the configuration excludes the file or cannot be used (the events of
    /// `configurations` say why). `name` is the file's spelling in reports.
    public mutating func selection(forBufferAt path: String, bytes: [UInt8]) -> (selection: RuleSelection, name: String)? {
        let name = configurations.spelling.spelling(of: path)
        guard let index = configurations.index(forFolder: PathArithmetic.directory(of: PathArithmetic.absolute(path, from: workingDirectory))) else {
            return nil
        }
        let configuration = configurations[index]
        guard !configuration.isExcluded(name, workingDirectory: workingDirectory) else { return nil }
        let selection = selection(
            for: name, bytes: bytes, rules: RuleCatalog.all.map(\.description), settings: Settings(configuration: configuration, shared: nil),
            patches: KustomizePatches(workingDirectory: workingDirectory))
        return (selection, name)
    }

    /// The next input not excluded by configuration (the walk prunes excluded and ignored
    /// files and folders), with its configuration; records the paths that cannot be used and
    /// hands on the paths skipped and what finding configurations told.
    private func nextInput(
        from queue: inout InputQueue, rules: [RuleDescription], standardInputName: String,
        readStandardInput: () -> Result<FileReader.Contents, ReadFailure>, skipped: (SkippedPath) -> Void,
        configurationEvents: (ConfigurationSet.Event) -> Void
    ) -> Input? {
        while let item = queue.collector.next() {
            switch item {
            case .standardInput(let index):
                let settings = self.settings(index, in: &queue, rules: rules)
                switch readStandardInput() {
                case .success(.bytes(let bytes)): return .bytes(name: standardInputName, bytes, settings)
                case .success(.tooLarge): return .oversizedStandardInput(name: standardInputName, settings)
                case .failure(let failure): queue.failures.append(failure)
                }
            case .file(let path, let index):
                return .file(path, settings(index, in: &queue, rules: rules))
            case .failure(let failure):
                queue.failures.append(failure)
            case .skipped(let path):
                skipped(path)
            case .configuration(let event):
                configurationEvents(event)
            }
        }
        return nil
    }

    /// A configuration, with the rules in force for all its files when no override sets them
    /// per file (worked out once per configuration).
    private func settings(_ index: Int, in queue: inout InputQueue, rules: [RuleDescription]) -> Settings {
        let configuration = queue.collector.configurations[index]
        guard configuration.overrides.isEmpty else { return Settings(configuration: configuration, shared: nil) }
        if index < queue.shared.count, let shared = queue.shared[index] { return Settings(configuration: configuration, shared: shared) }
        let shared = selection(for: ".", configuration: configuration, rules: rules)
        if queue.shared.count <= index { queue.shared += Array(repeating: nil, count: index + 1 - queue.shared.count) }
        queue.shared[index] = shared
        return Settings(configuration: configuration, shared: shared)
    }

    /// The rules in force for one file, and how it is applied, from its overrides.
    private func selection(for path: String, configuration: Configuration, rules: [RuleDescription]) -> RuleSelection {
        var selection = linter.selection(
            for: configuration.severities(for: path, workingDirectory: workingDirectory, rules: rules),
            configured: configuration.configuredSeverities(for: path, workingDirectory: workingDirectory),
            applyMode: configuration.applyMode(for: path, workingDirectory: workingDirectory))
        selection.allowedRegistries = configuration.allowedRegistriesForImport
        return selection
    }

    /// The selection for a file's bytes: a kustomize patch's objects are partial. Only a file
    /// that mentions a linted kind is looked up (a patch names the kind of what it patches).
    private func selection(
        for name: String, bytes: [UInt8], rules: [RuleDescription], settings: Settings, patches: KustomizePatches
    ) -> RuleSelection {
        var selection = settings.shared ?? selection(for: name, configuration: settings.configuration, rules: rules)
        if ManifestClaim.mentionsLintedKind(bytes) && patches.isPatch(name) { selection.objectsArePartial = true }
        return selection
    }

    private func lint(_ input: Input, rules: [RuleDescription], patches: KustomizePatches) -> Result<FileReport, ReadFailure> {
        switch input {
        case .bytes(let name, let bytes, let settings):
            let selection = selection(for: name, bytes: bytes, rules: rules, settings: settings, patches: patches)
            var report = lint(bytes, file: name, selection: selection, writingTo: nil)
            report.fixing?.isStandardInput = true
            return .success(report)
        case .oversizedStandardInput(let name, let settings):
            let selection = settings.shared ?? selection(for: name, configuration: settings.configuration, rules: rules)
            return .success(linter.report(forOversizedStandardInput: name, selection: selection))
        case .file(let input, let settings):
            let path = input.display
            return FileReader.contents(of: input, sizeLimit: linter.parseOptions.maxFileSize).map { contents in
                switch contents {
                case .bytes(let bytes):
                    let selection = selection(for: path, bytes: bytes, rules: rules, settings: settings, patches: patches)
                    return lint(bytes, file: path, selection: selection, writingTo: fixing?.writesFiles == true ? input : nil)
                case .tooLarge(let size):
                    return linter.report(
                        forOversized: path, size: size, selection: settings.shared ?? selection(for: path, configuration: settings.configuration, rules: rules))
                }
            }
        }
    }

    /// Lints one file's bytes; under `fixing`, fixes them first and reports on the fixed
    /// text, written back to `destination` when there is one and a fix was applied.
    private func lint(_ bytes: [UInt8], file: String, selection: RuleSelection, writingTo destination: InputPath?) -> FileReport {
        guard let fixing else { return linter.lint(bytes, file: file, selection: selection) }
        let fixer = Fixer(linter: linter, includingUnsafe: fixing.includingUnsafe, baseline: fixing.baseline)
        var (outcome, report) = fixer.fix(bytes, file: file, selection: selection)
        if let destination, outcome.changed {
            outcome.writeFailure = FileReplacer.replace(destination, expecting: bytes, with: outcome.fixed)
            if outcome.writeFailure != nil {
                // Not written: the report is about the file as it stays.
                report = linter.lint(bytes, file: file, selection: selection)
                outcome.fixed = bytes
                outcome.fixedCount = 0
            } else {
                outcome.original = []
                outcome.fixed = []
            }
        }
        report.fixing = outcome
        return report
    }
}
