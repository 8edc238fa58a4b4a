import Foundation
import Testing

@testable import IstagLintKit

/// Hover and completion, which read the text's outline (`YAMLOutline`) rather than parse it, so
/// that they work on text being typed.
struct EditorAssistanceTests {
    /// A text with `|` marking the cursor, and the cursor's UTF-16 position.
    func cursor(_ marked: String) -> (DocumentText, LSPPosition) {
        let text = DocumentText(marked.replacingOccurrences(of: "|", with: ""))
        let before = DocumentText(String(marked[..<(marked.firstIndex(of: "|") ?? marked.endIndex)]))
        let offset = before.bytes.count
        return (text, text.position(ofOffset: offset, encoding: .utf16))
    }

    func labels(_ marked: String) -> [String] {
        let (text, position) = cursor(marked)
        return CompletionProvider.completions(at: position, in: text, encoding: .utf16).items.map(\.label)
    }

    func hover(_ marked: String) -> String? {
        let (text, position) = cursor(marked)
        return HoverProvider.hover(at: position, in: text, encoding: .utf16)?.contents.value
    }

    @Test func ancestorsFollowIndentationThroughBothSequenceStyles() {
        let outline = YAMLOutline(
            DocumentText(
                """
                spec:
                  tags:
                  - name: a
                    from:
                      kind: X
                tags:
                - name: b
                  importPolicy: {}
                """))
        #expect(outline.ancestors(ofColumn: 6, onLine: 4).map(\.element) == [.key("spec"), .key("tags"), .item, .key("from")])
        #expect(outline.ancestors(ofColumn: 2, onLine: 7).map(\.element) == [.key("tags"), .item])
        #expect(outline.siblingKeys(ofColumn: 4, onLine: 3) == ["name"])
    }

    @Test func blockScalarTextIsNotStructure() {
        let outline = YAMLOutline(DocumentText("a: |\n  b: c\n  d:\ne: f\n"))
        #expect(outline.lines[1].isStructural == false)
        #expect(outline.lines[3].key == "e")
        #expect(outline.ancestors(ofColumn: 0, onLine: 3).isEmpty)
    }

    @Test func fieldsOfTheMappingAtTheCursorLessThoseWritten() {
        let labels = labels(
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            tag:
              from:
                kind: DockerImage
                n|
            """)
        #expect(labels == ["namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"])
    }

    @Test func fieldsOfASpecTagInAnImageStreamAndOfAListItem() {
        #expect(
            labels(
                """
                kind: ImageStream
                spec:
                  tags:
                  - name: a
                    |
                """
            ).contains("importPolicy"))
        #expect(
            labels(
                """
                kind: List
                items:
                - kind: ImageStreamTag
                  ta|
                """
            ).contains("tag"))
        #expect(labels("kind: ImageStreamTag\n|") == ["apiVersion", "metadata", "tag", "generation", "lookupPolicy", "conditions", "image"])
        #expect(labels("|") == ["apiVersion", "kind", "metadata"])
    }

    @Test func allowedValuesOfEnumeratedFieldsAfterTheirKey() {
        let tag = "kind: ImageStreamTag\ntag:\n"
        #expect(labels(tag + "  from:\n    kind: |") == ["DockerImage", "ImageStreamImage", "ImageStreamTag"])
        #expect(labels(tag + "  importPolicy:\n    importMode: Pre|") == ["Legacy", "PreserveOriginal"])
        #expect(labels(tag + "  importPolicy:\n    scheduled: |") == ["true", "false"])
        #expect(labels("kind: ImageStream\nstatus:\n  tags:\n  - conditions:\n    - status: |") == ["True", "False", "Unknown"])
        #expect(labels("kind: |").contains("ImageStreamTag"))
        #expect(labels(tag + "  name: |").isEmpty)
    }

    @Test func directiveActionsThenRules() {
        #expect(labels("# istaglint: dis|") == DirectiveText.actions)
        let rules = labels("a: b  # istaglint: disable-line IST2|")
        #expect(rules.contains("IST203"))
        #expect(rules.contains("docker-image-reference"))
        #expect(labels("# istaglint: disable-line IST203 -- because |").isEmpty)
    }

    @Test func hoverOnAFieldShowsTheAPIsDescriptionAllowedValuesAndDefault() throws {
        let shown = try #require(hover("kind: ImageStreamTag\ntag:\n  importPolicy:\n    import|Mode: Legacy\n"))
        #expect(shown.contains("`tag.importPolicy.importMode` in TagImportPolicy"))
        #expect(shown.contains("ImportMode describes how to import an image manifest."))
        #expect(shown.contains("Allowed values: `Legacy`, `PreserveOriginal`"))
        #expect(shown.contains("Default: `Legacy`"))
        #expect(hover("kind: ImageStreamTag\nnot|afield: 1\n") == nil)
        #expect(hover("kind: Secret\ndata:\n  ke|y: 1\n") == nil)
    }

    @Test func hoverOnARuleInADirectiveShowsItsSummary() throws {
        let shown = try #require(hover("tag:  # istaglint: disable-line unpinned-ima|ge -- why\n"))
        #expect(shown.hasPrefix("**IST503** `unpinned-image` (warning)"))
        #expect(shown.contains("rules/IST503.md"))
    }

    @Test func hoverRangeIsTheKeyInUTF16Units() throws {
        let (text, position) = cursor("kind: ImageStreamTag\nmetadata:\n  annotations: {a: 😀}\ntag:\n  refe|rence: true\n")
        let hover = try #require(HoverProvider.hover(at: position, in: text, encoding: .utf16))
        #expect(hover.range == LSPRange(start: LSPPosition(line: 4, character: 2), end: LSPPosition(line: 4, character: 11)))
    }
}

/// Hover and completion at every position of every fixture, and of texts cut at random places
/// (as text being typed is): an answer or none, never a crash.
struct EditorAssistanceRobustnessTests {
    @Test func everyPositionOfEveryFixtureGetsAnAnswerOrNone() throws {
        let folder = Repository.root.appendingPathComponent("Fixtures")
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count > 20)
        var generator = SystemRandomNumberGenerator()
        for name in names {
            let whole = try Data(contentsOf: folder.appendingPathComponent(name))
            var texts = [DocumentText(bytes: Array(whole))]
            for _ in 0..<3 { texts.append(DocumentText(bytes: Array(whole.prefix(Int.random(in: 0...whole.count, using: &generator))))) }
            for text in texts {
                for line in 0...text.lineCount {
                    for character in [0, 2, 7, 40] {
                        let position = LSPPosition(line: line, character: character)
                        _ = HoverProvider.hover(at: position, in: text, encoding: .utf16)
                        _ = CompletionProvider.completions(at: position, in: text, encoding: .utf8)
                    }
                }
            }
        }
    }
}
