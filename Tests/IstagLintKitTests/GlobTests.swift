import IstagLintKit
import Testing

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
