import IstagLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a path names a file on disk that a run lints.
enum SameFile {
    /// True when `path` exists and is one of the files a run over `inputs` lints (named, or
    /// found in a directory, excluded, ignored or not). Walks the inputs only when `path` exists.
    static func isAmong(_ path: String, inputs: [String], followsLinks: Bool) -> Bool {
        var target = stat()
        guard stat(path, &target) == 0 else { return false }
        var walk = InputCollector(paths: inputs, followsLinks: followsLinks, honoursIgnoreFiles: false)
        while let input = walk.next() {
            guard case .file(let file, _) = input else { continue }
            var info = stat()
            if stat(file.bytes.map { CChar(bitPattern: $0) } + [0], &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino { return true }
        }
        return false
    }
}
