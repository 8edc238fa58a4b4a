/// One ignore file, `.gitignore` or a repository's `info/exclude`, read as git reads it: its
/// patterns are relative to the folder it governs, and the last pattern that matches a path
/// decides whether the path is ignored (`!` re-includes).
///
/// The rules kept from git (gitignore(5)): a blank line matches nothing; `#` starts a comment
/// and `\#` a pattern; `!` negates and `\!` starts a pattern; trailing spaces are dropped unless
/// escaped (`\ `); a trailing `/` matches folders only; a pattern with another `/` is anchored
/// to the file's folder, one without matches a name at any depth; `*`, `?` and `[a-z]`/`[!a-z]`
/// match within a name; a leading `**/` matches in every folder, a trailing `/**` everything
/// inside (not the folder itself), `/**/` zero or more folders; `\` makes the next character
/// literal. A CR before the line end and a byte order mark at the start are skipped.
/// POSIX character classes (`[[:digit:]]`) are not read.
///
/// The patterns are compiled together (`GlobSet`) and matched one path segment at a time, so a
/// walk asks about each name once, whatever the number of patterns.
struct IgnoreFile {
    /// One pattern and what it does.
    struct Pattern: Sendable, Hashable {
        /// The pattern as written, for `--verbose`.
        var text: String
        /// The line it is on, 1-based.
        var line: Int
        /// Whether it re-includes what it matches (`!`).
        var negated: Bool
        /// Whether it matches folders only (a trailing `/`).
        var foldersOnly: Bool
    }

    /// The file, as reports spell it.
    let source: String
    /// The patterns, in file order.
    let patterns: [Pattern]
    private var globs: GlobSet

    /// Reads an ignore file's bytes; `source` names it in `--verbose` output.
    init(_ bytes: [UInt8], source: String) {
        self.source = source
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        var patterns: [Pattern] = []
        var globs: [Glob] = []
        for (offset, rawLine) in content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            var line = rawLine
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let (pattern, glob) = IgnoreFile.compile(String(decoding: line, as: UTF8.self), line: offset + 1) else { continue }
            patterns.append(pattern)
            globs.append(glob)
        }
        self.patterns = patterns
        self.globs = GlobSet(globs)
    }

    /// Whether the file has no pattern at all.
    var isEmpty: Bool { patterns.isEmpty }

    /// The node of the file's own folder.
    var start: GlobSet.Node { globs.start }

    /// The pattern that decides about a file `name` in the folder that reached `node`, or nil
    /// when none matches it.
    func decision(forFile name: String, in node: GlobSet.Node) -> Pattern? {
        for index in globs.patterns(matchingFile: name, in: node).reversed() where !patterns[index].foldersOnly {
            return patterns[index]
        }
        return nil
    }

    /// The node of a folder `name` inside the folder that reached `node`, and the pattern that
    /// decides about that folder, or nil when none matches it.
    mutating func enter(folder name: String, from node: GlobSet.Node) -> (node: GlobSet.Node, decision: Pattern?) {
        let next = globs.step(node, name)
        return (next, globs.patterns(acceptedBy: next).last.map { patterns[$0] })
    }

    /// One line compiled, or nil for a blank line or a comment.
    static func compile(_ line: String, line number: Int) -> (Pattern, Glob)? {
        guard !line.hasPrefix("#") else { return nil }
        var text = Substring(IgnoreFile.trimmingTrailingSpaces(line))
        guard !text.isEmpty else { return nil }
        let written = String(text)
        let negated = text.hasPrefix("!")
        if negated { text = text.dropFirst() }
        let foldersOnly = text.hasSuffix("/") && !text.hasSuffix("\\/")
        if foldersOnly { text = text.dropLast() }
        guard !text.isEmpty else { return nil }
        let anchored = text.contains("/")
        var segments = text.split(separator: "/", omittingEmptySubsequences: true).map { IgnoreFile.segment($0) }
        guard !segments.isEmpty else { return nil }
        if !anchored {
            segments.insert("**", at: 0)
        } else if segments.count > 1, segments.last == "**" {
            // `dir/**` matches everything inside the folder, not the folder itself.
            segments.insert("*", at: segments.count - 1)
        } else if segments == ["**"] {
            segments = ["*", "**"]
        }
        return (Pattern(text: written, line: number, negated: negated, foldersOnly: foldersOnly), Glob(segments: segments, description: written))
    }

    /// A line without its trailing spaces, except one escaped by a backslash.
    private static func trimmingTrailingSpaces(_ line: String) -> String {
        var scalars = Array(line.unicodeScalars)
        while scalars.last == " " {
            var backslashes = 0
            var index = scalars.count - 2
            while index >= 0, scalars[index] == "\\" {
                backslashes += 1
                index -= 1
            }
            if backslashes % 2 == 1 { break }
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// One segment of a pattern in `Glob`'s syntax: an escaped character made literal (a
    /// wildcard escaped as a one-character set, `\*` as `[*]`).
    private static func segment(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var result = ""
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                escaped = false
                if scalar == "*" || scalar == "?" || scalar == "[" || scalar == "\\" {
                    result += "[" + String(scalar) + "]"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
