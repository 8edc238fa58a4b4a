#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line paths into the files to lint.
///
/// A file named explicitly is linted whatever its extension; a directory is walked for
/// `*.yaml`, `*.yml` and `*.json`, in name order, skipping hidden directories and entering
/// each real directory once (so a symbolic-link loop ends). A file reached twice is linted once.
public struct InputCollector {
    /// The extensions linted inside directories.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The files found, in order.
    public private(set) var files: [String] = []
    /// The paths that could not be used, in order.
    public private(set) var failures: [ReadFailure] = []
    private var seenFiles: Set<FileIdentity> = []
    private var seenDirectories: Set<FileIdentity> = []

    /// An empty collection.
    public init() {}

    /// Expands one path given on the command line.
    public mutating func add(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            failures.append(ReadFailure(path: path, reason: InputCollector.errorText(errno)))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(path, info)
        case S_IFREG: addFile(path, info)
        default: failures.append(ReadFailure(path: path, reason: "not a regular file or a directory"))
        }
    }

    private mutating func addFile(_ path: String, _ info: stat) {
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard seenFiles.insert(identity).inserted else { return }
        files.append(path)
    }

    private mutating func walk(_ root: String, _ rootInfo: stat) {
        var pending: [(String, stat)] = [(root, rootInfo)]
        while let (directory, info) = pending.popLast() {
            guard seenDirectories.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { continue }
            guard let handle = opendir(directory) else {
                failures.append(ReadFailure(path: directory, reason: InputCollector.errorText(errno)))
                continue
            }
            var names: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(handle)
            var subdirectories: [(String, stat)] = []
            for name in names.sorted() {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var entryInfo = stat()
                let isLintable = InputCollector.hasLintableExtension(name)
                guard stat(path, &entryInfo) == 0 else {
                    if isLintable { failures.append(ReadFailure(path: path, reason: InputCollector.errorText(errno))) }
                    continue
                }
                switch entryInfo.st_mode & S_IFMT {
                case S_IFDIR where !name.hasPrefix("."): subdirectories.append((path, entryInfo))
                case S_IFREG where isLintable: addFile(path, entryInfo)
                default: break
                }
            }
            pending.append(contentsOf: subdirectories.reversed())
        }
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
