/// Lexical path arithmetic: joining and normalising without touching the file system.
enum PathArithmetic {
    /// `path` made absolute against `directory`, with `.` and `..` segments and doubled
    /// slashes removed.
    static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                _ = parts.popLast()
                continue
            }
            parts.append(part)
        }
        // Appended one by one, as strings: `joined` (and appending a `Substring`) looks a
        // conformance up at run time on first use, which scans the whole static binary.
        var result = ""
        for part in parts {
            result += "/"
            result += String(part)
        }
        return result.isEmpty ? "/" : result
    }

    /// The directory part of a path (`/a/b/c` → `/a/b`).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }
}
