import Testing

@testable import IstagLintKit

/// Path patterns: deep paths, and the combined matcher that prunes a walk.
struct GlobTests {
    @Test func aPatternMatchesPathsOfTenThousandSegmentsAndMore() {
        for depth in [9_999, 10_000, 10_001, 25_000] {
            let deep = String(repeating: "a/", count: depth) + "b"
            #expect(Glob("b").matches(deep), "\(depth)")
            #expect(Glob("**/a/b").matches(deep), "\(depth)")
            #expect(!Glob("c").matches(deep), "\(depth)")
            #expect(!Glob("a/c/**").matches(deep), "\(depth)")
        }
    }
}

/// Patterns as Go reads them: one segment as `path.Match` does (bmatcuk/doublestar too, which
/// also takes `[!...]`), whole paths as `doublestar.Match` does for patterns that hold a `/`.
struct GlobGoTableTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let pattern: String
        let name: String
        /// Whether Go matches; an error (ErrBadPattern) is no match.
        let go: Bool
        var divergence: String? = nil
        var testDescription: String { "\(pattern) ~ \(name)" }
    }

    static let segmentRows: [Row] = [
        Row(pattern: "*", name: "abc", go: true), Row(pattern: "*", name: "", go: true), Row(pattern: "a*", name: "a", go: true),
        Row(pattern: "a*", name: "ba", go: false), Row(pattern: "*a", name: "ba", go: true), Row(pattern: "a*b", name: "ab", go: true),
        Row(pattern: "a*b", name: "axxb", go: true), Row(pattern: "a*b", name: "axxbc", go: false), Row(pattern: "a*b*c", name: "abbbc", go: true),
        Row(pattern: "*.yaml", name: ".yaml", go: true), Row(pattern: "*.yaml", name: "a.yml", go: false), Row(pattern: "*", name: "a.b.c", go: true),
        Row(pattern: "?", name: "a", go: true), Row(pattern: "?", name: "", go: false), Row(pattern: "?", name: "é", go: true),
        Row(pattern: "??", name: "日本", go: true), Row(pattern: "a?c", name: "abc", go: true), Row(pattern: "a?c", name: "ac", go: false),
        Row(pattern: "[abc]", name: "b", go: true), Row(pattern: "[abc]", name: "d", go: false), Row(pattern: "[a-c]", name: "b", go: true),
        Row(pattern: "[a-c]", name: "d", go: false), Row(pattern: "[^a-c]", name: "d", go: true), Row(pattern: "[^a-c]", name: "b", go: false),
        Row(pattern: "[!a-c]", name: "d", go: true), Row(pattern: "[é]", name: "é", go: true), Row(pattern: "[a-c]x", name: "bx", go: true),
        Row(pattern: "[a-cx-z]", name: "y", go: true), Row(pattern: "A*", name: "a", go: false), Row(pattern: "caf\u{E9}", name: "cafe\u{301}", go: false),
        Row(pattern: "\\*", name: "*", go: true, divergence: "a backslash does not escape: it is a literal character"),
        Row(pattern: "[x", name: "[x", go: false, divergence: "an unclosed [ is read as a literal; Go reports ErrBadPattern"),
    ]

    @Test(arguments: segmentRows)
    func segmentIsPathMatch(_ row: Row) {
        GoTable.check(row.divergence) { #expect(Glob.matchSegment(row.pattern, row.name) == row.go) }
    }

    /// Patterns that hold a `/` are anchored, and `**` is any number of folders (none too).
    static let pathRows: [Row] = [
        Row(pattern: "a/*/c", name: "a/b/c", go: true), Row(pattern: "a/*/c", name: "a/b/x/c", go: false),
        Row(pattern: "a/**/c", name: "a/c", go: true), Row(pattern: "a/**/c", name: "a/b/x/c", go: true), Row(pattern: "a/**/c", name: "b/a/c", go: false),
        Row(pattern: "**/c", name: "c", go: true), Row(pattern: "**/c", name: "x/y/c", go: true), Row(pattern: "a/?/d", name: "a/bb/d", go: false),
        Row(pattern: "a/[bc]/d", name: "a/c/d", go: true), Row(pattern: "a/**", name: "a/b/c", go: true), Row(pattern: "a/b", name: "a/bc", go: false),
        Row(pattern: "*/b", name: "a/b", go: true), Row(pattern: "*/b", name: "a/x/b", go: false), Row(pattern: "a/*.yaml", name: "a/x.yaml", go: true),
    ]

    @Test(arguments: pathRows)
    func pathIsDoublestarMatch(_ row: Row) {
        GoTable.check(row.divergence) { #expect(Glob(row.pattern).matches(row.name) == row.go) }
    }
}

/// The combined matcher gives the verdict of trying each pattern alone.
struct GlobSetTests {
    static let patterns = [
        "charts/", "**/*.j2.yaml", "legacy/**", "/anchored", "a/*/c", "*.json", "x?z", "[ab]*.yml", "[!a]b", "**/deep/**/leaf.yaml",
        "caf\u{E9}", "build-*", "*-gen", "**", "d*/f1?.yaml", "a]b", "[x",
    ]
    static let paths = [
        "charts/a.yaml", "sub/charts/b.yml", "x.j2.yaml", "a/b.j2.yaml", "legacy/x/y.yaml", "anchored", "sub/anchored", "a/b/c", "a/b/c/d.yaml",
        "a/b/d", "z.json", "x/z.json", "xyz", "xz", "b1.yml", "c1.yml", "bb", "ab", "one/deep/two/leaf.yaml", "deep/leaf.yaml", "cafe\u{301}",
        "caf\u{E9}/x.yaml", "build-1/a.yaml", "x-gen/y", "d3/f12.yaml", "d3/f1.yaml", "a]b", "[x", "plain.yaml",
    ]

    @Test func oneSetAgreesWithEachPatternAlone() {
        for count in [1, 3, Self.patterns.count] {
            for offset in 0..<Self.patterns.count {
                let chosen = (0..<count).map { Glob(Self.patterns[($0 + offset) % Self.patterns.count]) }
                var set = GlobSet(chosen)
                for path in Self.paths {
                    let expected = chosen.contains { $0.matches(path) }
                    #expect(set.matches(path) == expected, "\(chosen) \(path)")
                    // File by file below the folders, as a walk asks.
                    let names = path.split(separator: "/").map(String.init)
                    var node = set.start
                    var pruned = false
                    for name in names.dropLast() {
                        node = set.step(node, name)
                        if set.accepts(node) { pruned = true }
                    }
                    #expect((pruned || set.matchesFile(names[names.count - 1], in: node)) == expected, "\(chosen) \(path)")
                }
            }
        }
    }
}
