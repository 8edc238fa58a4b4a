import Testing
import YAMLTree

/// Lookups through merge keys and duplicates, as the Kubernetes YAML decoder (go-yaml v2) resolves them.
struct MergeKeyTests {
    private func lookup(_ text: String, _ path: [String]) throws -> String? {
        let result = YAMLParser.parse(Array(text.utf8))
        let document = try #require(result.documents.first)
        var node = try #require(document.root)
        for key in path {
            guard let next = document.value(forKey: key, in: node) else { return nil }
            node = next
        }
        return document.scalar(node)
    }

    @Test func mergedKeysAreFound() throws {
        let text = "base: &base {kind: DockerImage, name: a}\nfrom:\n  <<: *base\n  name: b\n"
        #expect(try lookup(text, ["from", "kind"]) == "DockerImage")
        #expect(try lookup(text, ["from", "name"]) == "b")
    }

    @Test func mergeAfterAnExplicitKeyOverwritesItAsGoYAMLv2Does() throws {
        let text = "base: &base {name: a}\nfrom:\n  name: b\n  <<: *base\n"
        #expect(try lookup(text, ["from", "name"]) == "a")
    }

    @Test func inASequenceOfMergesTheEarlierMappingWins() throws {
        let text = "x: &x {name: x}\ny: &y {name: y, only: y}\nm:\n  <<: [*x, *y]\n"
        #expect(try lookup(text, ["m", "name"]) == "x")
        #expect(try lookup(text, ["m", "only"]) == "y")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let text = "base: &base {name: a}\nm:\n  \"<<\": *base\n"
        #expect(try lookup(text, ["m", "name"]) == nil)
    }

    @Test func mergeOfItsOwnMappingTerminates() throws {
        let text = "m: &m\n  name: a\n  <<: *m\n"
        #expect(try lookup(text, ["m", "name"]) == "a")
    }

    @Test func duplicateKeysAreKeptAndTheLastWins() throws {
        let text = "a: 1\na: 2\n"
        #expect(try lookup(text, ["a"]) == "2")
        let document = try #require(YAMLParser.parse(Array(text.utf8)).documents.first)
        let root = try #require(document.root)
        guard case .mapping(let entries) = document.content(of: root) else {
            Issue.record("root is not a mapping")
            return
        }
        #expect(entries.count == 2)
    }

    @Test func nullsInEveryYAMLSpelling() throws {
        let document = try #require(YAMLParser.parse(Array("a:\nb: ~\nc: null\nd: NULL\ne: 'null'\nf: !!null x\n".utf8)).documents.first)
        let root = try #require(document.root)
        let nulls = ["a", "b", "c", "d", "e", "f"].map { key in document.value(forKey: key, in: root).map(document.isNull) ?? false }
        #expect(nulls == [true, true, true, true, false, true])
    }
}
