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
/// Only the directory whose files are being read is open, and only part of its listing is
/// held (see `DirectoryListing`). Files are told apart
/// by device and inode without remembering every file: a file with one hard link reached
/// through its directory entry can be reached again only by a name given on the command line
/// or through a symbolic link, so only those visits and files with several hard links are
/// remembered, and such a visit asks whether the file's own directory entry was walked already.
public struct InputCollector {
    /// The extensions linted inside directories.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// One thing to lint, or one path that could not be used.
    public enum Input: Sendable, Equatable {
        /// A file to lint, by the path it was reached by.
        case file(String)
        /// Standard input (`-`), given once however often it is named.
        case standardInput
        /// A path that could not be used.
        case failure(ReadFailure)
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// A directory being walked: its listing while its files are read, the current entry,
    /// and the subdirectories found, entered after its files.
    private struct Frame {
        var directory: String
        var identity: FileIdentity
        var listing: DirectoryListing?
        var current = ""
        var subdirectories: [(name: String, identity: FileIdentity)] = []
        var nextSubdirectory = 0

        func path(of name: String) -> String {
            directory.hasSuffix("/") ? directory + name : directory + "/" + name
        }
    }

    private let paths: [String]
    private var nextPath = 0
    private var gaveStandardInput = false
    private var frames: [Frame] = []
    /// The directories entered, and whether their listing could be read.
    private var seenDirectories: [FileIdentity: Bool] = [:]
    /// Files reached by a name given on the command line, through a symbolic link, or with
    /// several hard links.
    private var seenFiles: Set<FileIdentity> = []

    /// A walk over paths given on the command line, in order.
    public init(paths: [String]) {
        self.paths = paths
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
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if let failure = enter(path, FileIdentity(info)) { return .failure(failure) }
            case S_IFREG:
                if isFirstVisit(path, info, plainEntry: false) { return .file(path) }
            default:
                return .failure(ReadFailure(path: path, reason: "not a regular file or a directory"))
            }
        }
    }

    /// One step in the innermost directory: its next entry, its next subdirectory, or leaving it.
    private mutating func advanceWalk() -> Input? {
        let top = frames.count - 1
        if frames[top].listing != nil {
            guard let (name, mayBeLink) = frames[top].listing!.next() else {
                frames[top].listing!.close()
                frames[top].listing = nil
                return nil
            }
            frames[top].current = name
            let path = frames[top].path(of: name)
            let isLintable = InputCollector.hasLintableExtension(name)
            var info = stat()
            guard stat(path, &info) == 0 else {
                return isLintable ? .failure(ReadFailure(path: path, reason: InputCollector.errorText(errno))) : nil
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR where !name.hasPrefix("."):
                frames[top].subdirectories.append((name, FileIdentity(info)))
            case S_IFREG where isLintable:
                let plainEntry = !mayBeLink || !InputCollector.isSymbolicLink(path)
                if isFirstVisit(path, info, plainEntry: plainEntry) { return .file(path) }
            default:
                break
            }
            return nil
        }
        if frames[top].nextSubdirectory < frames[top].subdirectories.count {
            let (name, identity) = frames[top].subdirectories[frames[top].nextSubdirectory]
            frames[top].nextSubdirectory += 1
            return enter(frames[top].path(of: name), identity).map { .failure($0) }
        }
        frames.removeLast()
        return nil
    }

    /// Starts walking a directory unless it was entered before; returns why it cannot be read.
    private mutating func enter(_ directory: String, _ identity: FileIdentity) -> ReadFailure? {
        guard seenDirectories[identity] == nil else { return nil }
        switch DirectoryListing.open(directory) {
        case .failure(let failure):
            seenDirectories[identity] = false
            return failure
        case .success(let listing):
            seenDirectories[identity] = true
            frames.append(Frame(directory: directory, identity: identity, listing: listing))
            return nil
        }
    }

    /// Whether a regular file is reached for the first time. `plainEntry` is true for a
    /// directory entry that is not a symbolic link.
    private mutating func isFirstVisit(_ path: String, _ info: stat, plainEntry: Bool) -> Bool {
        let identity = FileIdentity(info)
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
    private func walkedOwnEntry(of path: String) -> Bool {
        guard seenDirectories.values.contains(true), let resolved = realpath(path, nil) else { return false }
        let real = String(cString: resolved)
        free(resolved)
        guard let slash = real.lastIndex(of: "/") else { return false }
        let name = String(real[real.index(after: slash)...])
        let directory = slash == real.startIndex ? "/" : String(real[..<slash])
        var info = stat()
        guard InputCollector.hasLintableExtension(name), stat(directory, &info) == 0 else { return false }
        let identity = FileIdentity(info)
        guard seenDirectories[identity] == true else { return false }
        if let current = frames.last, current.identity == identity, current.listing != nil {
            // Still reading this directory's files: entries before the current one were read.
            return name < current.current
        }
        return true
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
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
