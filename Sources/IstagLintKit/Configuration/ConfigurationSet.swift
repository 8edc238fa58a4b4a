/// The configurations of one run: for each folder, the nearest `.istaglint.yaml` at or above
/// it, so that `exclude` and `overrides` apply to a file as they would from the folder of its
/// configuration, wherever istaglint runs from. The nearest file is the whole configuration:
/// nothing is merged from files further up.
///
/// The search stops at the root of the git repository the folder is in (the folder holding
/// `.git`). Outside a repository it stops at the working directory, or, for a folder outside
/// that, looks in the folder alone: a file in a shared parent (/tmp, a home folder, a CI
/// workspace) must not change a run. `--config` gives one configuration for every file and
/// `--no-config` none.
///
/// Each folder is looked up once (two `access` calls a folder, remembered), and each
/// configuration file is read once; a folder walk learns of a folder's own file from its
/// listing instead (`index(forSubfolder:holdsConfiguration:holdsGit:parent:)`).
public struct ConfigurationSet: Sendable {
    /// What finding configurations told, for `--verbose`, and the files that cannot be used.
    public enum Event: Sendable, Hashable {
        /// A configuration file used for the first time, by the first folder that uses it.
        case found(file: String, folder: String)
        /// No configuration file governs a folder; `looked` says where it was looked for. Told
        /// once per repository (or once per place looked in outside one).
        case notFound(folder: String, looked: String)
        /// A configuration file that is not valid: the files it governs are not linted.
        case invalid(ConfigurationError)
        /// A configuration file that cannot be read: the files it governs are not linted.
        case unreadable(ReadFailure)
    }

    /// What the command line sets whatever a configuration file says.
    public struct CommandLine: Sendable {
        /// `--select`: when set, only these rules run.
        public var selected: Set<String>?
        /// `--ignore`: never run.
        public var ignored: Set<String>
        /// `--apply`.
        public var forcedApply: ApplyMode?

        /// Settings from the command line.
        public init(selected: Set<String>? = nil, ignored: Set<String> = [], forcedApply: ApplyMode? = nil) {
            self.selected = selected
            self.ignored = ignored
            self.forcedApply = forcedApply
        }

        func apply(to configuration: inout Configuration) {
            configuration.selected = selected
            configuration.ignored = ignored
            configuration.forcedApply = forcedApply
        }
    }

    /// What a folder and the ones above it hold: the nearest configuration folder up to the
    /// repository root (up to `/` outside one), and the repository root.
    private struct Lookup: Sendable {
        var configuration: String?
        var repository: String?
    }

    /// How every path is spelled.
    public let spelling: PathSpelling
    private let searches: Bool
    private let commandLine: CommandLine
    /// The configurations read; the first is the one for folders no file governs, or the only one.
    private var configurations: [Configuration]
    /// The index of each configuration folder's file, nil when it cannot be used.
    private var indexByFolder: [String: Int?] = [:]
    /// The answer for each folder asked about.
    private var answers: [String: Int?] = [:]
    private var lookups: [String: Lookup] = [:]
    private var toldNotFound: Set<String> = []
    private var events: [Event] = []
    private let exists: @Sendable (String) -> Bool

    /// The nearest configuration file for each folder. `exists` says whether a path exists
    /// (replaceable for tests).
    public init(nearest spelling: PathSpelling, commandLine: CommandLine = CommandLine(), exists: @escaping @Sendable (String) -> Bool = FileReader.exists) {
        self.spelling = spelling
        self.commandLine = commandLine
        self.exists = exists
        searches = true
        var plain = Configuration(baseDirectory: spelling.workingDirectory)
        commandLine.apply(to: &plain)
        configurations = [plain]
    }

    /// One configuration for every file (`--config`, or `--no-config` with a configuration
    /// that has no file).
    public init(only configuration: Configuration, spelling: PathSpelling, commandLine: CommandLine = CommandLine()) {
        self.spelling = spelling
        self.commandLine = commandLine
        exists = { _ in false }
        searches = false
        var only = configuration
        commandLine.apply(to: &only)
        configurations = [only]
    }

    /// A configuration by its index.
    public subscript(index: Int) -> Configuration { configurations[index] }

    /// The events since the last call, in order.
    public mutating func takeEvents() -> [Event] {
        defer { events = [] }
        return events
    }

    /// The index of the configuration of the files in a folder (an absolute path), or nil
    /// when its configuration file cannot be used (an event says why, once).
    public mutating func index(forFolder folder: String) -> Int? {
        guard searches else { return 0 }
        if let known = answers[folder] { return known }
        let found = lookup(folder)
        var chosen = found.configuration
        if found.repository == nil, let candidate = chosen, !ConfigurationSet.isInside(candidate, boundary(of: folder)) { chosen = nil }
        let answer: Int?
        if let chosen {
            answer = load(chosen, for: folder)
        } else {
            tellNotFound(folder, repository: found.repository)
            answer = 0
        }
        answers[folder] = answer
        return answer
    }

    /// The index of the configuration of a folder a walk enters from a folder using `parent`:
    /// its own file when it holds one, none when it is a repository's root, else the parent's.
    mutating func index(forSubfolder folder: String, holdsConfiguration: Bool, holdsGit: Bool, parent: Int) -> Int? {
        guard searches else { return parent }
        if holdsConfiguration { return load(folder, for: folder) }
        if holdsGit {
            tellNotFound(folder, repository: folder)
            return 0
        }
        return parent
    }

    /// Where the search stops outside a repository: the working directory for a folder inside
    /// it, otherwise the folder itself.
    private func boundary(of folder: String) -> String {
        ConfigurationSet.isInside(folder, spelling.workingDirectory) ? spelling.workingDirectory : folder
    }

    /// Reads the configuration file in `directory` once; `folder` is the first to use it.
    private mutating func load(_ directory: String, for folder: String) -> Int? {
        if let known = indexByFolder[directory] { return known }
        let path = (directory == "/" ? "" : directory) + "/" + ConfigurationLoader.fileName
        let spelled = spelling.spelling(of: path)
        var index: Int?
        switch FileReader.contents(of: path) {
        case .failure(let failure):
            events.append(.unreadable(ReadFailure(path: spelled, reason: failure.reason)))
        case .success(let bytes):
            switch ConfigurationLoader.parse(bytes, path: spelled, workingDirectory: spelling.workingDirectory) {
            case .failure(let error):
                events.append(.invalid(error))
            case .success(var configuration):
                commandLine.apply(to: &configuration)
                configurations.append(configuration)
                index = configurations.count - 1
                events.append(.found(file: spelled, folder: spelling.spelling(of: folder)))
            }
        }
        indexByFolder[directory] = index
        return index
    }

    private mutating func tellNotFound(_ folder: String, repository: String?) {
        let name = ConfigurationLoader.fileName
        let looked: String
        let key: String
        if let repository {
            key = repository
            looked = folder == repository ? "in \(folder), the repository root" : "from \(folder) up to the repository root \(repository)"
        } else {
            key = boundary(of: folder)
            looked =
                key == folder
                ? "in \(folder), which is not in a git repository" : "from \(folder) up to the working directory \(key), which is not in a git repository"
        }
        guard toldNotFound.insert(key).inserted else { return }
        events.append(.notFound(folder: spelling.spelling(of: folder), looked: "looked for \(name) \(looked)"))
    }

    /// What a folder and the ones above it hold, each folder looked at once.
    private mutating func lookup(_ folder: String) -> Lookup {
        if let known = lookups[folder] { return known }
        var chain: [String] = []
        var current = folder
        var result = Lookup()
        while true {
            if let known = lookups[current] {
                result = known
                break
            }
            chain.append(current)
            guard current != "/" else { break }
            current = PathArithmetic.directory(of: current)
        }
        for directory in chain.reversed() {
            let prefix = directory == "/" ? "" : directory
            let holdsGit = exists(prefix + "/.git")
            let holdsFile = exists(prefix + "/" + ConfigurationLoader.fileName)
            result = Lookup(
                configuration: holdsFile ? directory : (holdsGit ? nil : result.configuration), repository: holdsGit ? directory : result.repository)
            lookups[directory] = result
        }
        return result
    }

    /// Whether an absolute path is a folder or lies inside it.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }
}
