#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line paths into the files to lint, one at a time, so a run over a large
/// tree never holds the whole file list.
///
/// A file named explicitly is linted whatever its extension; a directory is walked for
/// `*.yaml`, `*.yml` and `*.json`, depth first: a directory's files in name order, then its
/// subdirectories in name order, skipping hidden directories and entering each real
/// directory once (so a symbolic-link loop ends). A file reached twice is linted once.
///
/// A walk stays inside the folder named: a symbolic link that leads outside it is skipped
/// (unless links are followed), and nothing under /proc, /sys or /dev is read through a walk;
/// both are handed out as `.skipped`. Excluded folders are pruned, never listed, with all the
/// patterns matched together (`GlobSet`). Names are handled as bytes, so a name that is not
/// UTF-8 is still opened (and shown escaped, see `InputPath`).
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

    /// One thing to lint, or one path that could not be used.
    public enum Input: Sendable, Equatable {
        /// A file to lint, by the path it was reached by.
        case file(InputPath)
        /// Standard input (`-`), given once however often it is named.
        case standardInput
        /// A path that could not be used.
        case failure(ReadFailure)
        /// A path a walk leaves alone on purpose.
        case skipped(SkippedPath)
    }

    /// A subdirectory found, entered after its directory's files.
    private struct Subdirectory {
        var name: [UInt8]
        var identity: FileIdentity
        /// Where it really is.
        var real: [UInt8]
        /// Where its path stands in the exclude patterns, nil when none apply.
        var exclusion: GlobSet.Node?
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
        var exclusion: GlobSet.Node?
        var listing: DirectoryListing?
        var current = ""
        var subdirectories: [Subdirectory] = []
        var nextSubdirectory = 0
    }

    private let paths: [String]
    private let followsLinks: Bool
    private let configuration: Configuration?
    private let workingDirectory: String
    private let leftAlone: FileIdentity?
    private var globs: GlobSet
    private var nextPath = 0
    private var gaveStandardInput = false
    private var frames: [Frame] = []
    /// The directories entered, and whether their listing could be read.
    private var seenDirectories: [FileIdentity: Bool] = [:]
    /// Files reached by a name given on the command line, through a symbolic link, or with
    /// several hard links.
    private var seenFiles: Set<FileIdentity> = []

    /// A walk over paths given on the command line, in order. `followsLinks` follows symbolic
    /// links that lead outside the folders named; `configuration`'s `exclude` patterns leave
    /// files out and prune folders (paths relative to `workingDirectory`). The file
    /// `leavingAlone` names is never handed out, whatever path reaches it.
    public init(
        paths: [String], followsLinks: Bool = false, excluding configuration: Configuration? = nil, workingDirectory: String = ".",
        leavingAlone: FileIdentity? = nil
    ) {
        self.paths = paths
        self.followsLinks = followsLinks
        self.configuration = configuration
        self.workingDirectory = workingDirectory
        leftAlone = leavingAlone
        globs = GlobSet(configuration?.exclude ?? [])
    }

    /// The next file to lint or path that could not be used, or nil at the end.
    public mutating func next() -> Input? {
        while true {
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
                return .standardInput
            }
            var info = stat()
            guard stat(path, &info) == 0 else { return .failure(ReadFailure(path: path, reason: InputCollector.errorText(errno))) }
            let (excluded, exclusion) = exclusionNode(of: path)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard !excluded else { continue }
                let input = InputPath(path)
                let real = InputCollector.realPath(input) ?? input.bytes
                let frame = Frame(
                    directory: input, identity: FileIdentity(info), real: real, root: real, isSystem: InputCollector.isSystem(real), exclusion: exclusion)
                if let failure = enter(frame) { return .failure(failure) }
            case S_IFREG:
                guard !excluded else { continue }
                let input = InputPath(path)
                if isFirstVisit(input, info, plainEntry: false) { return .file(input) }
            default:
                return .failure(ReadFailure(path: path, reason: "not a regular file or a directory"))
            }
        }
    }

    /// Whether a path named on the command line is excluded, and where it stands in the
    /// patterns (nil when none apply to it).
    private mutating func exclusionNode(of path: String) -> (excluded: Bool, node: GlobSet.Node?) {
        guard let configuration, !globs.isEmpty, let relative = configuration.relativePath(of: path, workingDirectory: workingDirectory) else {
            return (false, nil)
        }
        var node = globs.start
        for name in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if globs.accepts(node) { return (true, node) }
            node = globs.step(node, String(name))
        }
        return (globs.accepts(node), node)
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
            let isDirectory = type == S_IFDIR && !name.hasPrefix(".")
            guard isDirectory || (type == S_IFREG && isLintable) else { return nil }
            var exclusion: GlobSet.Node?
            if let node = frames[top].exclusion {
                if isDirectory {
                    let child = globs.step(node, name)
                    if globs.accepts(child) { return nil }
                    exclusion = child
                } else if globs.matchesFile(name, in: node) {
                    return nil
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
                frames[top].subdirectories.append(Subdirectory(name: nameBytes, identity: FileIdentity(info), real: real, exclusion: exclusion))
                return nil
            }
            if isFirstVisit(path, info, plainEntry: !isLink) { return .file(path) }
            return nil
        }
        if frames[top].nextSubdirectory < frames[top].subdirectories.count {
            let subdirectory = frames[top].subdirectories[frames[top].nextSubdirectory]
            frames[top].nextSubdirectory += 1
            let frame = Frame(
                directory: frames[top].directory.appending(subdirectory.name), identity: subdirectory.identity, real: subdirectory.real,
                root: frames[top].root, isSystem: false, exclusion: subdirectory.exclusion)
            return enter(frame).map { .failure($0) }
        }
        frames.removeLast()
        return nil
    }

    /// Starts walking a directory unless it was entered before; returns why it cannot be read.
    private mutating func enter(_ frame: Frame) -> ReadFailure? {
        guard seenDirectories[frame.identity] == nil else { return nil }
        switch DirectoryListing.open(frame.directory) {
        case .failure(let failure):
            seenDirectories[frame.identity] = false
            return failure
        case .success(let listing):
            seenDirectories[frame.identity] = true
            var entered = frame
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
            return seenFiles.isEmpty || !seenFiles.contains(identity)
        }
        guard seenFiles.insert(identity).inserted else { return false }
        return plainEntry || info.st_nlink > 1 || !walkedOwnEntry(of: path)
    }

    /// Whether the walk already passed the directory entry of a file with one hard link,
    /// reached now by another name: its real directory was listed, and the entry is a
    /// lintable name before the current one if that directory is being listed now.
    private func walkedOwnEntry(of path: InputPath) -> Bool {
        guard seenDirectories.values.contains(true), let real = InputCollector.realPath(path) else { return false }
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
