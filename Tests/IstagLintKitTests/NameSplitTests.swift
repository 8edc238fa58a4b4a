import IstagLintKit
import Testing

/// metadata.name is split at its first colon byte, as the server splits it in Go, even when
/// a combining mark follows the colon (Swift would fuse the two into one Character).
struct NameSplitTests {
    /// The findings of one rule: `code severity path line:column-line:column message`.
    static func findings(_ yaml: String, code: String) -> [String] {
        Linter().lint(Array(yaml.utf8), file: "x.yaml").diagnostics
            .filter { $0.ruleId == code }
            .map { d in
                "\(d.ruleId) \(d.severity) \(d.path) \(d.range.start.line):\(d.range.start.column)-\(d.range.end.line):\(d.range.end.column) \(d.message)"
            }
    }

    static func manifest(name: String, tagName: String) -> String {
        """
        apiVersion: image.openshift.io/v1
        kind: ImageStreamTag
        metadata:
          name: "\(name)"
        tag:
          name: "\(tagName)"
          from:
            kind: DockerImage
            name: quay.io/example/ruby:3.3

        """
    }

    @Test func aCombiningMarkAfterTheColonStaysInTheTag() {
        // The server's tag is "\u{301}3", so a tag.name of "3" is replaced.
        let found = Self.findings(Self.manifest(name: "ruby:\u{301}3", tagName: "3"), code: "IST308")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("IST308 warning tag.name 6:9-6:12 tag.name \"3\" differs from the tag in metadata.name") == true, "\(found)")
    }

    @Test func theSameTagWithTheMarkIsQuiet() {
        #expect(Self.findings(Self.manifest(name: "ruby:\u{301}3", tagName: "\u{301}3"), code: "IST308") == [])
        #expect(Self.findings(Self.manifest(name: "ruby:3", tagName: "3"), code: "IST308") == [])
    }

    /// The duplicate-tag rule splits the name the same way: two ImageStreamTags whose tag
    /// starts with a combining mark define the same tag, one other than the tag without it.
    @Test func theDuplicateTagRuleSplitsAtTheColonByteToo() {
        let twice = Self.manifest(name: "ruby:\u{301}3", tagName: "\u{301}3") + "---\n" + Self.manifest(name: "ruby:\u{301}3", tagName: "\u{301}3")
        let found = Self.findings(twice, code: "IST212")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.hasPrefix("IST212 warning metadata.name ") })
        #expect(found.first?.contains(" 4:9-4:18 ") == true, "\(found)")
        let other = Self.manifest(name: "ruby:\u{301}3", tagName: "\u{301}3") + "---\n" + Self.manifest(name: "ruby:3", tagName: "3")
        #expect(Self.findings(other, code: "IST212") == [])
    }
}
