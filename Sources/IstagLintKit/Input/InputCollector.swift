#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands command-line paths into the files to lint, one at a time, so a run over a large
/// tree never holds the whole file list, and tells which configuration governs each.
///
/// A file named explicitly is linted whatever its extension, and even if an ignore file
/// names it; a directory is walked for `*.yaml`, `*.yml` and `*.json`, depth first: a
/// directory's files in name order, then its subdirectories in name order, entering each real
/// directory once (so a symbolic-link loop ends). A file reached twice is linted once. Hidden
/// folders are walked, except the version-control and tool folders of `foldersNeverWalked`;
/// inside a git repository, what its ignore files name is left out (see `IgnoreRules`), folders
/// pruned without being listed. Paths are spelled once, as they come in (see `PathSpelling`).
///
/// Each folder's configuration is the nearest `.istaglint.yaml` (see `ConfigurationSet`): a
/// walk that enters a folder holding one uses it below, its `exclude` patterns relative to it.
///
/// A walk stays inside the folder named: a symbolic link that leads outside it is skipped
/// (unless links are followed), and nothing under /proc, /sys or /dev is read through a walk;
/// both are handed out as `.skipped`, as are ignored and never-walked paths. Excluded folders
/// are pruned, never listed, with all the patterns matched together (`GlobSet`). Names are
/// handled as bytes, so a name that is not UTF-8 is still opened (and shown escaped, see
/// `InputPath`).
///
/// Only the directory whose files are being read is listed (see `DirectoryListing`). Files
/// are told apart by device and inode without remembering every file: a file with one hard
/// link reached through its directory entry can be reached again only by a name given on the
/// command line or through a symbolic link, so only those visits and files with several hard
/// links are remembered, and such a visit asks whether the file's own directory entry was
/// walked already.
public struct InputCollector {
    /// The extensions linted inside directories.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// The folders a walk never enters, hidden or not: version control, dependencies, caches
    /// and editor settings, which hold no manifest of the repository's own. Named on the
    /// command line, such a folder is walked.
    public static let foldersNeverWalked: Set<String> = [
        ".git", ".hg", ".svn", ".bzr", ".jj", ".sl", ".pijul", "_darcs", "CVS",
        "node_modules", "bower_components", ".build", ".swiftpm", ".gradle", ".terraform", ".venv", "__pycache__",
        ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".cache", ".direnv", ".idea", ".vscode",
    ]

    /// One thing to lint, or one path that could not be used, with the index of its
    /// configuration in `configurations`.
    public enum Input: Sendable, Equatable {
        /// A file to lint, by the path it was reached by.
        case file(InputPath, configuration: Int)
        /// Standard input (`-`), given once however often it is named.
        case standardInput(configuration: Int)
        /// A path that could not be used.
        case failure(ReadFailure)
        /// A path a walk leaves alone on purpose.
        case skipped(SkippedPath)
        /// What finding configurations told: one used for the first time, or one that
        /// cannot be used (the files it governs are not handed out).
        case configuration(ConfigurationSet.Event)
    }

    /// A subdirectory found, entered after its directory's files.
    private struct Subdirectory {
        var name: [UInt8]
        var identity: FileIdentity
        /// Where it really is.
        var real: [UInt8]
        /// Where its path stands in the exclude patterns, nil when none apply.
        var exclusion: GlobSet.Node?
        /// Where its path stands in the ignore files in force.
        var ignore: IgnoreRules.Position
    }

    /// A directory being walked: its listing while its files are read, the current entry,
    /// and the subdirectories found, entered after its files.
    private struct Frame {
        var directory: InputPath
        var identity: FileIdentity
        /// Where the directory really is, and where the folder named on the command line is.
        var real: [UInt8]
        var root: [UInt8]
        var isSystem: Bool
        /// The index of its configuration, and where its path stands in that one's exclude
        /// patterns (nil when none apply) and in the ignore files in force.
        var configuration: Int
        var exclusion: GlobSet.Node?
        var ignore: IgnoreRules.Position
        /// The ignore files on the stack before this folder's: what remains when it is left.
        var ignoreFilesBefore: Int
        var listing: DirectoryListing?
        var current = ""
        var subdirectories: [Subdirectory] = []
        var nextSubdirectory = 0
    }

    private let paths: [String]
    private let followsLinks: Bool
    private let honoursIgnoreFiles: Bool
    private let standardInputName: String
    private let leftAlone: FileIdentity?
    /// The configurations found so far.
    public private(set) var configurations: ConfigurationSet
    private var spelling: PathSpelling { configurations.spelling }
    /// Each configuration's exclude patterns, compiled when first needed (nil: none).
    private var excludes: [GlobSet?] = []
    private var ignoreRules: IgnoreRules
    private var nextPath = 0
    private var gaveStandardInput = false
    private var frames: [Frame] = []
    /// Inputs to hand out before going on (what finding configurations told).
    private var pending: [Input] = []
    /// The directories entered, and whether their listing could be read.
    private var seenDirectories = FileIdentityTable<Bool>()
    /// Files reached by a name given on the command line, through a symbolic link, or with
    /// several hard links.
    private var seenFiles = FileIdentityTable<Bool>()

    /// A walk over paths given on the command line, in order. `followsLinks` follows symbolic
    /// links that lead outside the folders named; `configurations` finds each folder's
    /// configuration, whose `exclude` patterns leave files out and prune folders (without one,
    /// a configuration without file, paths spelled relative to `workingDirectory`);
    /// `honoursIgnoreFiles` leaves out what ignore files name. `standardInputName` is the
    /// name standard input is linted under (its configuration is its folder's). The file
    /// `leavingAlone` names is never handed out, whatever path reaches it.
    public init(
        paths: [String], followsLinks: Bool = false, configurations: ConfigurationSet? = nil, honoursIgnoreFiles: Bool = true,
        standardInputName: String = "<stdin>", workingDirectory: String = ".", leavingAlone: FileIdentity? = nil
    ) {
        self.paths = paths
        self.followsLinks = followsLinks
        self.honoursIgnoreFiles = honoursIgnoreFiles
        let spelling = configurations?.spelling ?? PathSpelling(workingDirectory: workingDirectory)
        self.configurations = configurations ?? ConfigurationSet(only: Configuration(baseDirectory: spelling.workingDirectory), spelling: spelling)
        self.standardInputName = spelling.spelling(of: standardInputName)
        ignoreRules = IgnoreRules(spelling: spelling)
        leftAlone = leavingAlone
    }

    /// The next file to lint or path that could not be used, or nil at the end.
    public mutating func next() -> Input? {
        while true {
            if !pending.isEmpty { return pending.removeFirst() }
            if !frames.isEmpty {
                if let input = advanceWalk() { return input }
                continue
            }
            guard nextPath < paths.count else { return nil }
            let path = paths[nextPath]
            nextPath += 1
            if path == "-" {
                guard !gaveStandardInput else { continue }
                gaveStandardInput = true
                let folder = PathArithmetic.directory(of: spelling.absolute(standardInputName))
                guard let configuration = configuration(forFolder: folder), !isExcluded(standardInputName, by: configuration) else { continue }
                return afterEvents(.standardInput(configuration: configuration))
            }
            let spelled = spelling.spelling(of: path)
            var info = stat()
            guard stat(path, &info) == 0 else { return .failure(ReadFailure(path: spelled, reason: InputCollector.errorText(errno))) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard let configuration = configuration(forFolder: spelling.absolute(spelled)) else { continue }
                let (excluded, exclusion) = exclusionNode(of: spelled, configuration: configuration)
                guard !excluded else { continue }
                let input = InputPath(path, spelled: spelled)
                let real = InputCollector.realPath(input) ?? input.bytes
                let before = ignoreRules.count
                let ignore = honoursIgnoreFiles ? ignoreRules.position(ofRoot: real) : .none
                let frame = Frame(
                    directory: input, identity: FileIdentity(info), real: real, root: real, isSystem: InputCollector.isSystem(real),
                    configuration: configuration, exclusion: exclusion, ignore: ignore, ignoreFilesBefore: before)
                if let failure = enter(frame, isRoot: true) { return .failure(failure) }
            case S_IFREG:
                guard let configuration = configuration(forFolder: PathArithmetic.directory(of: spelling.absolute(spelled))) else { continue }
                guard !exclusionNode(of: spelled, configuration: configuration).excluded else { continue }
                let input = InputPath(path, spelled: spelled)
                if isFirstVisit(input, info, plainEntry: false) { return afterEvents(.file(input, configuration: configuration)) }
            default:
                return .failure(ReadFailure(path: spelled, reason: "not a regular file or a directory"))
            }
        }
    }

    /// The configuration of a folder (an absolute path), with what finding it told queued;
    /// nil when its configuration file cannot be used.
    private mutating func configuration(forFolder folder: String) -> Int? {
        let index = configurations.index(forFolder: folder)
        queueEvents()
        return index
    }

    /// An input, handed out after the events queued before it.
    private mutating func afterEvents(_ input: Input) -> Input {
        guard !pending.isEmpty else { return input }
        pending.append(input)
        return pending.removeFirst()
    }

    private mutating func queueEvents() {
        for event in configurations.takeEvents() { pending.append(.configuration(event)) }
    }

    /// Whether a path's configuration excludes it.
    private func isExcluded(_ spelled: String, by configuration: Int) -> Bool {
        configurations[configuration].isExcluded(spelled, workingDirectory: spelling.workingDirectory)
    }

    /// The compiled exclude patterns of a configuration, nil when it has none.
    private mutating func excludeSet(_ configuration: Int) -> GlobSet? {
        while excludes.count <= configuration {
            let patterns = configurations[excludes.count].exclude
            excludes.append(patterns.isEmpty ? nil : GlobSet(patterns))
        }
        return excludes[configuration]
    }

    /// Whether a path named on the command line is excluded by its configuration, and where
    /// it stands in the patterns (nil when none apply to it).
    private mutating func exclusionNode(of path: String, configuration: Int) -> (excluded: Bool, node: GlobSet.Node?) {
        guard excludeSet(configuration) != nil, var node = excludes[configuration]?.start,
            let relative = configurations[configuration].relativePath(of: path, workingDirectory: spelling.workingDirectory)
        else {
            return (false, nil)
        }
        for name in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if excludes[configuration]?.accepts(node) == true { return (true, node) }
            node = excludes[configuration]?.step(node, String(name)) ?? node
        }
        return (excludes[configuration]?.accepts(node) == true, node)
    }

    /// One step in the innermost directory: its next entry, its next subdirectory, or leaving it.
    private mutating func advanceWalk() -> Input? {
        let top = frames.count - 1
        if frames[top].listing != nil {
            guard let (nameBytes, mayBeLink) = frames[top].listing?.next() else {
                frames[top].listing?.close()
                frames[top].listing = nil
                return nil
            }
            let name = InputPath.escaped(nameBytes)
            frames[top].current = name
            let path = frames[top].directory.appending(nameBytes)
            let isLintable = InputCollector.hasLintableExtension(name)
            var info = stat()
            guard stat(path.cString, &info) == 0 else {
                let code = errno
                // A path too long to use is named whatever it is: it may be a whole folder.
                return isLintable || code == ENAMETOOLONG ? .failure(ReadFailure(path: path.display, reason: InputCollector.errorText(code))) : nil
            }
            let type = info.st_mode & S_IFMT
            let isDirectory = type == S_IFDIR
            guard isDirectory || (type == S_IFREG && isLintable) else { return nil }
            if isDirectory && InputCollector.foldersNeverWalked.contains(name) {
                return .skipped(SkippedPath(path: path.display, target: path.display, isLink: false, reason: .neverWalked))
            }
            var exclusion: GlobSet.Node?
            let configuration = frames[top].configuration
            if let node = frames[top].exclusion {
                if isDirectory {
                    guard let child = excludes[configuration]?.step(node, name) else { return nil }
                    if excludes[configuration]?.accepts(child) == true { return nil }
                    exclusion = child
                } else if excludes[configuration]?.matchesFile(name, in: node) == true {
                    return nil
                }
            }
            var ignore = frames[top].ignore
            if !ignore.nodes.isEmpty {
                let reason: IgnoreRules.Reason?
                if isDirectory {
                    (ignore, reason) = ignoreRules.enter(folder: name, from: ignore)
                } else {
                    reason = ignoreRules.reason(forFile: name, at: ignore)
                }
                if let reason {
                    return .skipped(SkippedPath(path: path.display, target: reason.description, isLink: false, reason: .ignored))
                }
            }
            let isLink = mayBeLink && InputCollector.isSymbolicLink(path)
            var real: [UInt8] = []
            let isSystem: Bool
            if isLink {
                guard let resolved = InputCollector.realPath(path) else {
                    return .failure(ReadFailure(path: path.display, reason: InputCollector.errorText(errno)))
                }
                real = resolved
                if !followsLinks && !InputCollector.isInside(resolved, frames[top].root) {
                    return .skipped(SkippedPath(path: path.display, target: InputPath.escaped(resolved), isLink: true, reason: .outsideWalk))
                }
                isSystem = InputCollector.isSystem(resolved)
            } else {
                if isDirectory { real = InputPath(bytes: frames[top].real).appending(nameBytes).bytes }
                isSystem = frames[top].isSystem || (frames[top].real == [UInt8(ascii: "/")] && ["proc", "sys", "dev"].contains(name))
            }
            if isSystem {
                return .skipped(SkippedPath(path: path.display, target: isLink ? InputPath.escaped(real) : path.display, isLink: isLink, reason: .systemFolder))
            }
            if isDirectory {
                frames[top].subdirectories.append(Subdirectory(name: nameBytes, identity: FileIdentity(info), real: real, exclusion: exclusion, ignore: ignore))
                return nil
            }
            if isFirstVisit(path, info, plainEntry: !isLink) { return .file(path, configuration: configuration) }
            return nil
        }
        if frames[top].nextSubdirectory < frames[top].subdirectories.count {
            let subdirectory = frames[top].subdirectories[frames[top].nextSubdirectory]
            frames[top].nextSubdirectory += 1
            let frame = Frame(
                directory: frames[top].directory.appending(subdirectory.name), identity: subdirectory.identity, real: subdirectory.real,
                root: frames[top].root, isSystem: false, configuration: frames[top].configuration, exclusion: subdirectory.exclusion,
                ignore: subdirectory.ignore, ignoreFilesBefore: ignoreRules.count)
            return enter(frame, isRoot: false).map { .failure($0) }
        }
        ignoreRules.truncate(to: frames[top].ignoreFilesBefore)
        frames.removeLast()
        return nil
    }

    /// Starts walking a directory unless it was entered before; returns why it cannot be read.
    /// Its listing tells whether it has a configuration of its own (a folder named on the
    /// command line was looked up already), starts a repository, or has an ignore file.
    private mutating func enter(_ frame: Frame, isRoot: Bool) -> ReadFailure? {
        guard seenDirectories[frame.identity] == nil else {
            ignoreRules.truncate(to: frame.ignoreFilesBefore)
            return nil
        }
        switch DirectoryListing.open(frame.directory) {
        case .failure(let failure):
            seenDirectories[frame.identity] = false
            ignoreRules.truncate(to: frame.ignoreFilesBefore)
            return failure
        case .success(let listing):
            seenDirectories[frame.identity] = true
            var entered = frame
            let markers = listing.markers
            if !isRoot {
                let folder = spelling.absolute(frame.directory.display)
                let parent = frame.configuration
                let found = configurations.index(
                    forSubfolder: folder, holdsConfiguration: markers.contains(.configuration), holdsGit: markers.contains(.git), parent: parent)
                queueEvents()
                guard let configuration = found else {
                    // Its configuration cannot be used: nothing below is linted (an event says why).
                    listing.close()
                    return nil
                }
                if configuration != parent {
                    entered.configuration = configuration
                    entered.exclusion = excludeSet(configuration) == nil ? nil : excludes[configuration]?.start
                }
            }
            if honoursIgnoreFiles {
                entered.ignore = ignoreRules.settle(
                    frame.ignore, directory: frame.directory, holdsGit: markers.contains(.git), holdsIgnoreFile: markers.contains(.ignoreFile))
            }
            entered.listing = listing
            frames.append(entered)
            return nil
        }
    }

    /// Whether a real path is a folder or lies inside it.
    private static func isInside(_ path: [UInt8], _ folder: [UInt8]) -> Bool {
        if folder == [UInt8(ascii: "/")] { return true }
        guard path.starts(with: folder) else { return false }
        return path.count == folder.count || path[folder.count] == UInt8(ascii: "/")
    }

    /// Whether a real path lies under /proc, /sys or /dev.
    private static func isSystem(_ path: [UInt8]) -> Bool {
        ["/proc", "/sys", "/dev"].contains { isInside(path, Array($0.utf8)) }
    }

    /// The real path of a path, links resolved, or nil (errno set).
    private static func realPath(_ path: InputPath) -> [UInt8]? {
        guard let resolved = realpath(path.cString, nil) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
    }

    /// Whether a regular file is reached for the first time, and is not the file left
    /// alone. `plainEntry` is true for a directory entry that is not a symbolic link.
    private mutating func isFirstVisit(_ path: InputPath, _ info: stat, plainEntry: Bool) -> Bool {
        let identity = FileIdentity(info)
        if identity == leftAlone { return false }
        if plainEntry && info.st_nlink <= 1 {
            // Its only name: reached before only by another kind of visit, all remembered.
            return seenFiles[identity] == nil
        }
        guard seenFiles[identity] == nil else { return false }
        seenFiles[identity] = true
        return plainEntry || info.st_nlink > 1 || !walkedOwnEntry(of: path)
    }

    /// Whether the walk already passed the directory entry of a file with one hard link,
    /// reached now by another name: its real directory was listed, and the entry is a
    /// lintable name before the current one if that directory is being listed now.
    private func walkedOwnEntry(of path: InputPath) -> Bool {
        guard seenDirectories.containsValue(where: { $0 }), let real = InputCollector.realPath(path) else { return false }
        guard let slash = real.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let name = InputPath.escaped(Array(real[(slash + 1)...]))
        let directory = InputPath(bytes: slash == 0 ? [UInt8(ascii: "/")] : Array(real[..<slash]))
        var info = stat()
        guard InputCollector.hasLintableExtension(name), stat(directory.cString, &info) == 0 else { return false }
        let identity = FileIdentity(info)
        guard seenDirectories[identity] == true else { return false }
        if let current = frames.last, current.identity == identity, current.listing != nil {
            // Still reading this directory's files: entries before the current one were read.
            return name < current.current
        }
        return true
    }

    private static func isSymbolicLink(_ path: InputPath) -> Bool {
        var info = stat()
        return lstat(path.cString, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Whether a file name ends in one of the linted extensions, ignoring case.
    public static func hasLintableExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A lowercase description of an errno value.
    static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        let message = String(cString: text)
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}
