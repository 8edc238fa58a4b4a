import IstagLintKit
import Testing

/// Byte offsets and LSP positions, both ways, in each encoding: a line with CJK text and an
/// emoji (two UTF-16 code units, four UTF-8 bytes), and CRLF line ends.
struct DocumentTextTests {
    // `名` is 3 bytes and 1 UTF-16 unit; `😀` 4 bytes and 2 units.
    let text = DocumentText("a: 名😀x\r\nb: y\rc\n")

    @Test func positionsCountTheEncodingsUnits() throws {
        let x = try #require(text.bytes.firstIndex(of: UInt8(ascii: "x")))
        #expect(text.position(ofOffset: x, encoding: .utf8) == LSPPosition(line: 0, character: 10))
        #expect(text.position(ofOffset: x, encoding: .utf16) == LSPPosition(line: 0, character: 6))
        #expect(text.position(ofOffset: x, encoding: .utf32) == LSPPosition(line: 0, character: 5))
        for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
            #expect(text.offset(of: text.position(ofOffset: x, encoding: encoding), encoding: encoding) == x)
        }
    }

    @Test func linesEndAtLFCRLFAndCR() throws {
        #expect(text.lineCount == 4)
        #expect(String(decoding: text.line(0), as: UTF8.self) == "a: 名😀x")
        #expect(String(decoding: text.line(1), as: UTF8.self) == "b: y")
        #expect(String(decoding: text.line(2), as: UTF8.self) == "c")
        #expect(text.lineTerminator == "\r\n")
        let y = try #require(text.bytes.firstIndex(of: UInt8(ascii: "y")))
        #expect(text.position(ofOffset: y, encoding: .utf16) == LSPPosition(line: 1, character: 3))
    }

    @Test func aPositionPastTheLineEndStopsBeforeItsTerminator() {
        let end = text.offset(of: LSPPosition(line: 0, character: 99), encoding: .utf16)
        #expect(text.bytes[end] == 13)
        #expect(text.offset(of: LSPPosition(line: 40, character: 0), encoding: .utf16) == text.bytes.count)
    }

    @Test func aPositionInsideASurrogatePairIsTheEmojisEnd() {
        // The emoji is units 4 and 5; character 5 is between them: a client should not send it,
        // and it must not cut the emoji's bytes.
        let offset = text.offset(of: LSPPosition(line: 0, character: 5), encoding: .utf16)
        #expect(text.bytes[offset] == UInt8(ascii: "x"))
        #expect(text.bytes[text.offset(of: LSPPosition(line: 0, character: 4), encoding: .utf16)] == 0xF0)
    }

    @Test func incrementalChangesReplaceTheRangeInTheClientsEncoding() {
        var edited = text
        edited.replace(LSPRange(start: LSPPosition(line: 0, character: 3), end: LSPPosition(line: 0, character: 6)), with: "z", encoding: .utf16)
        #expect(edited.string == "a: zx\r\nb: y\rc\n")
        edited.replace(LSPRange(start: LSPPosition(line: 1, character: 3), end: LSPPosition(line: 2, character: 0)), with: "w\n", encoding: .utf8)
        #expect(edited.string == "a: zx\r\nb: w\nc\n")
        #expect(edited.lineCount == 4)
        edited.replace(nil, with: "new", encoding: .utf16)
        #expect(edited.string == "new")
        #expect(edited.lineCount == 1)
    }

    @Test func documentURIsAndPaths() {
        #expect(DocumentURI.path(of: "file:///a/caf%C3%A9%20x.yaml") == "/a/café x.yaml")
        #expect(DocumentURI.path(of: "file://localhost/a.yaml") == "/a.yaml")
        #expect(DocumentURI.path(of: "untitled:Untitled-1") == nil)
    }
}
