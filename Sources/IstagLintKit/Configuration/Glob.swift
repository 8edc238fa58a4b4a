/// A path pattern as `.gitignore` and pre-commit users write them: `*` matches within one path
/// segment, `**` across segments, `?` one character, `[abc]` one of a set. A pattern without a
/// `/` matches a file or directory name at any depth; a pattern ending in `/` or `/**` matches
/// everything below a directory.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let description: String
    /// The pattern's segments, `**` standing for any number of names.
    let segments: [String]

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

    /// A pattern given as its segments, matched as they are: no `**` is added at either end,
    /// so it matches a path only as a whole (how an ignore file's patterns match).
    init(segments: [String], description: String) {
        self.description = description
        self.segments = segments
    }

    /// Whether a relative path (with `/` separators) matches: the path itself or one of the
    /// directories it is in.
    public func matches(_ path: String) -> Bool {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        let names = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return Glob.match(segments[...], names[...])
    }

    /// Matches segment lists, `**` standing for any number of names: the greedy two-pointer
    /// match that backtracks to the last `**` only, without recursion or memo, so a path of any
    /// depth costs at most names times segments steps and no stack.
    private static func match(_ pattern: ArraySlice<String>, _ names: ArraySlice<String>) -> Bool {
        var p = pattern.startIndex
        var n = names.startIndex
        var starP: Int?
        var starN = names.startIndex
        while n < names.endIndex {
            if p < pattern.endIndex, pattern[p] == "**" {
                starP = p
                starN = n
                p += 1
            } else if p < pattern.endIndex, matchSegment(pattern[p], names[n]) {
                p += 1
                n += 1
            } else if let star = starP {
                p = star + 1
                starN += 1
                n = starN
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "**" { p += 1 }
        return p == pattern.endIndex
    }

    /// Whether one name matches one pattern segment (not `**`).
    static func matchSegment(_ pattern: String, _ name: String) -> Bool {
        matchSegment(Array(pattern.unicodeScalars)[...], Array(name.unicodeScalars)[...])
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
