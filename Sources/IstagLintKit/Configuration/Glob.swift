/// A path pattern as `.gitignore` and pre-commit users write them: `*` matches within one path
/// segment, `**` across segments, `?` one character, `[abc]` one of a set. A pattern without a
/// `/` matches a file or directory name at any depth; a pattern ending in `/` or `/**` matches
/// everything below a directory.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let description: String
    private let segments: [String]

    /// Compiles a pattern.
    public init(_ pattern: String) {
        description = pattern
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        var parts = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !pattern.dropLast().contains("/") && !text.hasPrefix("/") { parts.insert("**", at: 0) }
        if parts.last != "**" { parts.append("**") }
        segments = parts
    }

    /// Whether a relative path (with `/` separators) matches: the path itself or one of the
    /// directories it is in.
    public func matches(_ path: String) -> Bool {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        let names = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return Glob.match(segments[...], names[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ names: ArraySlice<String>) -> Bool {
        // Iterative over `**` with backtracking on the segment lists; segments are short.
        var memo: [Int: Bool] = [:]
        func go(_ p: Int, _ n: Int) -> Bool {
            let key = p * 10_000 + n
            if let known = memo[key] { return known }
            let result: Bool
            if p == pattern.endIndex {
                result = n == names.endIndex
            } else if pattern[p] == "**" {
                result = go(p + 1, n) || (n < names.endIndex && go(p, n + 1))
            } else {
                result = n < names.endIndex && matchSegment(Array(pattern[p].unicodeScalars)[...], Array(names[n].unicodeScalars)[...]) && go(p + 1, n + 1)
            }
            memo[key] = result
            return result
        }
        return go(pattern.startIndex, names.startIndex)
    }

    private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var starP: Int?
        var starN = 0
        while n < name.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                starP = p
                starN = n
                p += 1
            } else if p < pattern.endIndex, let (matched, next) = matchOne(pattern, p, name[n]), matched {
                p = next
                n += 1
            } else if let star = starP {
                p = star + 1
                starN += 1
                n = starN
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Whether the pattern element at `p` matches one character, and where the next element starts.
    private static func matchOne(_ pattern: ArraySlice<Unicode.Scalar>, _ p: Int, _ character: Unicode.Scalar) -> (Bool, Int)? {
        switch pattern[p] {
        case "?":
            return (true, p + 1)
        case "[":
            var index = p + 1
            var negate = false
            if index < pattern.endIndex, pattern[index] == "!" || pattern[index] == "^" {
                negate = true
                index += 1
            }
            var found = false
            var first = true
            while index < pattern.endIndex, pattern[index] != "]" || first {
                first = false
                if index + 2 < pattern.endIndex, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                    if pattern[index] <= character && character <= pattern[index + 2] { found = true }
                    index += 3
                } else {
                    if pattern[index] == character { found = true }
                    index += 1
                }
            }
            guard index < pattern.endIndex else { return (pattern[p] == character, p + 1) }
            return (found != negate, index + 1)
        default:
            return (pattern[p] == character, p + 1)
        }
    }
}
