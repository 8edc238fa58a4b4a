#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one spelling of a path that reports, baselines and fingerprints use, worked out once
/// when a path comes in (from the command line, `--stdin-filename`, or an old baseline).
///
/// - relative to the working directory when the path lies inside it (`a/b.yaml`, `.` for the
///   directory itself), otherwise absolute (`/srv/other/b.yaml`), whichever way it was given:
///   `./a/b.yaml`, `a//b.yaml`, `a/b.yaml/`, `$PWD/a/b.yaml` and `x/../a/b.yaml` are one file,
///   and so are `../other/b.yaml` and `/srv/other/b.yaml`;
/// - `/` separators, no `.` segment, no doubled or trailing slash;
/// - a `..` is removed with the segment before it only when that segment is a real folder
///   (not a symbolic link, checked with `lstat`): `link/..` is the folder the link's target is
///   in, not the folder holding the link, so there the `..` is kept. The working directory, as
///   the system gives it, holds no symbolic link, so a leading `..` always goes.
///
/// The spelling is a name, not the path files are opened by (see `InputPath`).
public struct PathSpelling: Sendable, Hashable {
    /// The working directory, absolute and without symbolic links (as `getcwd` gives it).
    public let workingDirectory: String
    /// Another absolute spelling of the same directory (the shell's `$PWD`, which may pass
    /// through symbolic links), or nil.
    public let alias: String?
    private let workingNames: [Substring]
    private let aliasNames: [Substring]?

    /// Spellings relative to `workingDirectory` (made absolute against the process's working
    /// directory when it is relative). `alias` counts only when it is absolute and names the
    /// same directory.
    public init(workingDirectory: String, alias: String? = nil) {
        let absolute = workingDirectory.hasPrefix("/") ? workingDirectory : PathArithmetic.absolute(workingDirectory, from: PathSpelling.currentDirectory())
        self.workingDirectory = PathArithmetic.absolute(absolute, from: "/")
        workingNames = self.workingDirectory.split(separator: "/")
        if let alias, alias.hasPrefix("/"), PathSpelling.sameDirectory(alias, self.workingDirectory) {
            let normalized = PathArithmetic.absolute(alias, from: "/")
            self.alias = normalized == self.workingDirectory ? nil : normalized
        } else {
            self.alias = nil
        }
        aliasNames = self.alias.map { $0.split(separator: "/") }
    }

    /// The spelling of a path given as text.
    public func spelling(of path: String) -> String {
        guard !path.isEmpty else { return path }
        let isAbsolute = path.hasPrefix("/")
        var names: [Substring] = isAbsolute ? [] : workingNames
        // The leading names known to be real folders (the working directory's are).
        var real = names.count
        for name in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch name {
            case ".":
                continue
            case "..":
                guard let last = names.last else { continue }  // `/..` is `/`
                if last != "..", names.count <= real || PathSpelling.isRealFolder("/" + PathSpelling.joined(names[...])) {
                    names.removeLast()
                    real = min(real, names.count)
                } else {
                    names.append(name)
                }
            default:
                names.append(name)
            }
        }
        for base in [workingNames, aliasNames].compactMap({ $0 }) where names.starts(with: base) {
            return names.count == base.count ? "." : PathSpelling.joined(names[base.count...])
        }
        return "/" + PathSpelling.joined(names[...])
    }

    /// Names joined with `/`. The standard library's `joined` over substrings finds its
    /// element type at run time, which costs a scan of every protocol conformance in the
    /// binary the first time: a measurable share of a pre-commit run on one small file.
    private static func joined(_ names: ArraySlice<Substring>) -> String {
        var path = ""
        for name in names {
            if !path.isEmpty { path.append("/") }
            path.append(contentsOf: name)
        }
        return path
    }

    /// The absolute path of a spelling, `..` segments resolved lexically.
    public func absolute(_ spelling: String) -> String {
        PathArithmetic.absolute(spelling, from: workingDirectory)
    }

    /// Whether a path is a folder itself, not a symbolic link to one.
    private static func isRealFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func sameDirectory(_ left: String, _ right: String) -> Bool {
        var leftInfo = stat()
        var rightInfo = stat()
        guard stat(left, &leftInfo) == 0, stat(right, &rightInfo) == 0 else { return false }
        return leftInfo.st_dev == rightInfo.st_dev && leftInfo.st_ino == rightInfo.st_ino
    }

    private static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        let length = buffer.firstIndex(of: 0) ?? buffer.count
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
