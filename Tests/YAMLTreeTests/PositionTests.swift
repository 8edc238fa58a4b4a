import Testing
import YAMLTree

/// Line, column and byte offset of nodes, through non-ASCII text, CRLF and byte order marks.
struct PositionTests {
    private func parse(_ text: String) -> ParseResult { YAMLParser.parse(Array(text.utf8)) }

    private func valueNode(_ key: String, in document: Document) throws -> Node {
        document[try valueID(key, in: document)]
    }

    private func valueID(_ key: String, in document: Document) throws -> NodeID {
        let root = try #require(document.root)
        return try #require(document.value(forKey: key, in: root))
    }

    @Test func asciiScalarRangesExcludeNothingAndEndExclusive() throws {
        let result = parse("kind: ImageStreamTag\nname: ruby\n")
        let document = try #require(result.documents.first)
        let kind = try valueNode("kind", in: document)
        #expect(kind.range.start == Mark(line: 1, column: 7, offset: 6))
        #expect(kind.range.end == Mark(line: 1, column: 21, offset: 20))
        let name = try valueNode("name", in: document)
        #expect(name.range.start == Mark(line: 2, column: 7, offset: 27))
    }

    @Test func nonASCIIColumnsCountScalarsAndOffsetsCountBytes() throws {
        let result = parse("note: \"héllo wörld\"\nnext: 💥x\n")
        let document = try #require(result.documents.first)
        let note = try valueNode("note", in: document)
        #expect(note.range.start == Mark(line: 1, column: 7, offset: 6))
        // 13 scalars between the quotes plus two quotes; é and ö take two bytes each.
        #expect(note.range.end == Mark(line: 1, column: 20, offset: 21))
        let next = try valueNode("next", in: document)
        #expect(next.range.start == Mark(line: 2, column: 7, offset: 28))
        #expect(next.range.end == Mark(line: 2, column: 9, offset: 33))
    }

    @Test func crlfLineEndingsKeepLinesAndOffsetsRight() throws {
        let result = parse("a: one\r\nb: two\r\nc: \"thrée\"\r\n")
        let document = try #require(result.documents.first)
        #expect(try valueNode("b", in: document).range.start == Mark(line: 2, column: 4, offset: 11))
        let c = try valueNode("c", in: document)
        #expect(c.range.start == Mark(line: 3, column: 4, offset: 19))
        #expect(c.range.end == Mark(line: 3, column: 11, offset: 27))
        #expect(result.source.lineText(containing: 19) == "c: \"thrée\"")
    }

    @Test func byteOrderMarkCountsInOffsetsButNotColumns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kind: ImageStreamTag\n".utf8)
        let result = YAMLParser.parse(bytes)
        let document = try #require(result.documents.first)
        let kind = try valueNode("kind", in: document)
        #expect(kind.range.start == Mark(line: 1, column: 7, offset: 9))
    }

    @Test func quotedScalarsIncludeTheirQuotesAndKeepTheirStyle() throws {
        let result = parse("a: 'x'\nb: \"y\"\nc: z\nd: |\n  lit\ne: >\n  fold\n")
        let document = try #require(result.documents.first)
        #expect(try valueNode("a", in: document).scalarStyle == .singleQuoted)
        #expect(try valueNode("a", in: document).range.start.column == 4)
        #expect(try valueNode("a", in: document).range.end.column == 7)
        #expect(try valueNode("b", in: document).scalarStyle == .doubleQuoted)
        #expect(try valueNode("c", in: document).scalarStyle == .plain)
        #expect(try valueNode("d", in: document).scalarStyle == .literal)
        #expect(try document.text(of: valueID("d", in: document)) == "lit\n")
        #expect(try valueNode("e", in: document).scalarStyle == .folded)
    }

    @Test func blockCollectionsEndAtTheirLastChild() throws {
        let result = parse("tag:\n  from:\n    kind: DockerImage\n\n\nnext: 1\n")
        let document = try #require(result.documents.first)
        let tag = try valueNode("tag", in: document)
        #expect(tag.range.start == Mark(line: 2, column: 3, offset: 7))
        #expect(tag.range.end == Mark(line: 3, column: 22, offset: 34))
    }

    @Test func flowCollectionsEndAfterTheirClosingBracket() throws {
        let result = parse("from: {kind: DockerImage, name: x}\n")
        let document = try #require(result.documents.first)
        let from = try valueNode("from", in: document)
        #expect(from.range.start == Mark(line: 1, column: 7, offset: 6))
        #expect(from.range.end == Mark(line: 1, column: 35, offset: 34))
    }

    @Test func tagsAndAnchorsAreKept() throws {
        let result = parse("a: !!str 3\nb: &anchor {x: 1}\nc: *anchor\n")
        let document = try #require(result.documents.first)
        #expect(try document.tag(of: valueID("a", in: document)) == "tag:yaml.org,2002:str")
        #expect(try document.anchor(of: valueID("b", in: document)) == "anchor")
        let root = try #require(document.root)
        let alias = try #require(document.value(forKey: "c", in: root))
        let target = try #require(document.resolved(alias))
        #expect(document.anchor(of: target) == "anchor")
        #expect(document[alias].range.start == Mark(line: 3, column: 4, offset: 32))
    }

    @Test func unicodeLineSeparatorsAreNotLineBreaksForEditors() throws {
        // U+2028, U+2029 and U+0085 break lines for libyaml, not for editors, git or GitHub.
        let result = parse("a: \"x\u{2028}y\u{2029}z\u{85}w\"\nb: after\nc: \"p\u{2028}q\"\n")
        let document = try #require(result.documents.first)
        let a = try valueNode("a", in: document)
        #expect(a.range.start == Mark(line: 1, column: 4, offset: 3))
        // x, LS, y, PS, z, NEL, w and two quotes: nine scalars, 14 bytes.
        #expect(a.range.end == Mark(line: 1, column: 13, offset: 17))
        #expect(try valueNode("b", in: document).range.start == Mark(line: 2, column: 4, offset: 21))
        let c = try valueNode("c", in: document)
        #expect(c.range.start == Mark(line: 3, column: 4, offset: 30))
        #expect(c.range.end == Mark(line: 3, column: 9, offset: 37))
        #expect(result.source.mark(atByteOffset: 37) == Mark(line: 3, column: 9, offset: 37))
        #expect(result.source.lineText(containing: 10) == "a: \"x\u{2028}y\u{2029}z\u{85}w\"")
    }

    @Test func aSyntaxErrorAfterALineSeparatorIsOnTheEditorsLine() throws {
        let result = parse("a: \"x\u{2028}y\"\nb: [\n")
        let problem = try #require(result.problem)
        #expect(problem.range.start.line == 3)
    }
}
