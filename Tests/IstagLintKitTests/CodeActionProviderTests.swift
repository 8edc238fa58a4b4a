import Testing

@testable import IstagLintKit

/// The fix-all's edits: one per changed run of lines, each only the characters that differ, and
/// applied by a client in any encoding they give the fixed text.
struct CodeActionProviderTests {
    func applied(_ edits: [LSPOutgoing.TextEdit], to text: DocumentText, encoding: PositionEncoding) -> String {
        var result = text
        let ordered = edits.sorted { $0.range.start > $1.range.start }
        for edit in ordered { result.replace(edit.range, with: edit.newText, encoding: encoding) }
        return result.string
    }

    @Test func oneEditPerChangedRunCutToTheCharactersThatDiffer() {
        let text = DocumentText("a: 名前😀\r\nkind: dockerimage\r\nx: 1\r\ny: 2\r\ntype: local\r\n")
        let fixed = Array("a: 名前😀\r\nkind: DockerImage\r\nx: 1\r\ny: 2\r\ntype: Local\r\n".utf8)
        let edits = CodeActionProvider.edits(from: text, to: fixed, encoding: .utf16)
        #expect(
            edits == [
                LSPOutgoing.TextEdit(range: LSPRange(start: LSPPosition(line: 1, character: 6), end: LSPPosition(line: 1, character: 13)), newText: "DockerI"),
                LSPOutgoing.TextEdit(range: LSPRange(start: LSPPosition(line: 4, character: 6), end: LSPPosition(line: 4, character: 7)), newText: "L"),
            ])
        #expect(applied(edits, to: text, encoding: .utf16) == String(decoding: fixed, as: UTF8.self))
    }

    @Test func editsRebuildTheFixedTextInEveryEncoding() {
        let texts = [
            "", "a\n", "a", "名前: 😀\nb: c\n", "x\r\ny\r\n", "k: v\n---\nk: w\n", "é\n\n\nz",
            "apiVersion: v1\nkind: ImageStreamTag\n", "tag:\n  from:\n    kind: X\n",
        ]
        for old in texts {
            for new in texts {
                for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
                    let edits = CodeActionProvider.edits(from: DocumentText(old), to: Array(new.utf8), encoding: encoding)
                    #expect(
                        applied(edits, to: DocumentText(old), encoding: encoding) == new, "\(old.debugDescription) → \(new.debugDescription) in \(encoding)")
                }
            }
        }
    }
}
