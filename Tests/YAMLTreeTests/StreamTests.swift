import Testing
import YAMLTree

/// Multi-document streams, JSON, syntax errors, encodings and limits.
struct StreamTests {
    private func parse(_ text: String, options: ParseOptions = .default) -> ParseResult {
        YAMLParser.parse(Array(text.utf8), options: options)
    }

    @Test func multiDocumentStreamKeepsEveryDocumentWithItsIndex() {
        let result = parse("a: 1\n---\nb: 2\n---\n- c\n")
        #expect(result.problem == nil)
        #expect(result.documents.map(\.index) == [0, 1, 2])
    }

    @Test func jsonIsReadAsYAML() throws {
        let result = parse("{\"kind\": \"ImageStreamTag\", \"tag\": {\"from\": {\"name\": \"x\"}}}")
        let document = try #require(result.documents.first)
        let root = try #require(document.root)
        #expect(document.value(forKey: "kind", in: root).flatMap(document.scalar) == "ImageStreamTag")
    }

    @Test func syntaxErrorKeepsTheDocumentsBeforeIt() throws {
        let result = parse("a: 1\n---\nb: 2\n---\nc: [1, 2\n")
        #expect(result.documents.count == 2)
        let problem = try #require(result.problem)
        #expect(problem.kind == .syntax)
        #expect(problem.documentIndex == 2)
        #expect(problem.message.hasPrefix("yaml syntax error: did not find expected ',' or ']'"))
        #expect(problem.range.start.line == 6)
    }

    @Test func syntaxErrorPositionIsLibyamlsProblemMark() throws {
        let result = parse("kind: x\nmetadata:\n  name: a\n bad: b\n")
        let problem = try #require(result.problem)
        #expect(problem.range.start == Mark(line: 4, column: 2, offset: 29))
        #expect(problem.range.end == Mark(line: 4, column: 3, offset: 30))
        #expect(problem.message.contains("while parsing a block mapping at line 1, column 1"))
    }

    @Test func emptyAndCommentOnlyStreamsHaveNoProblem() {
        #expect(parse("").documents.isEmpty)
        #expect(parse("").problem == nil)
        #expect(parse("# only a comment\n").problem == nil)
        let dashes = parse("---\n")
        #expect(dashes.problem == nil)
        #expect(dashes.documents.count == 1)
        #expect(dashes.documents.first?.root.map { dashes.documents[0].text(of: $0) } == "")
    }

    @Test func nulByteIsASyntaxProblemAtItsPosition() throws {
        let result = YAMLParser.parse(Array("a: b\nc: d\u{0}e\n".utf8))
        let problem = try #require(result.problem)
        #expect(problem.kind == .syntax)
        #expect(problem.range.start == Mark(line: 2, column: 5, offset: 9))
    }

    @Test func invalidUTF8IsASyntaxProblemAtTheByte() throws {
        let result = YAMLParser.parse(Array("a: b\nc: é".utf8.dropLast()) + [0xFF, 0x0A])
        let problem = try #require(result.problem)
        #expect(problem.kind == .syntax)
        #expect(problem.range.start.line == 2)
        #expect(problem.range.start.offset == 9)
    }

    @Test func utf16IsTranscoded() throws {
        // "a: 1\nx: 😀 y: z" as UTF-16LE: the emoji is a surrogate pair, one column.
        let text = "a: 1\nx: \u{1F600} y: z"
        let result = YAMLParser.parse([0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] })
        let problem = try #require(result.problem)
        #expect(problem.kind == .syntax)
        // Offsets count the UTF-8 text (its byte order mark 3 bytes, the emoji 4).
        #expect(problem.range.start == Mark(line: 2, column: 7, offset: 3 + 5 + 3 + 4 + 2))
        #expect(result.documents.isEmpty)
    }

    @Test func invalidUTF16IsAnEncodingProblem() throws {
        let result = YAMLParser.parse([0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00, 0x20])
        let problem = try #require(result.problem)
        #expect(problem.kind == .encoding)
        #expect(problem.message.contains("UTF-16"))
        #expect(problem.range.start == Mark(line: 1, column: 3, offset: 5))
    }

    @Test func deepFlowNestingStopsAtTheLimit() throws {
        let text = "a: " + String(repeating: "[", count: 100_000)
        let result = parse(text)
        let problem = try #require(result.problem)
        #expect(problem.kind == .depthLimit)
        #expect(problem.range.start == Mark(line: 1, column: 1003, offset: 1002))
        #expect(problem.message.contains("1000"))
        #expect(problem.message.contains("--max-depth"))
    }

    @Test func depthLimitIsConfigurable() throws {
        let result = parse("a: [[[1]]]\n", options: ParseOptions(maxDepth: 3))
        let problem = try #require(result.problem)
        #expect(problem.range.start.column == 6)
        #expect(parse("a: [[1]]\n", options: ParseOptions(maxDepth: 3)).problem == nil)
    }

    @Test func deepBlockNestingBuildsWithoutRecursion() throws {
        var text = ""
        for depth in 0..<900 { text += String(repeating: " ", count: depth) + "k:\n" }
        let result = parse(text)
        #expect(result.problem == nil)
        #expect(result.documents.first?.nodes.count == 1 + 900 * 2)
    }

    @Test func aliasBombCostsLinearNodes() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        let result = parse(text)
        #expect(result.problem == nil)
        let nodes = try #require(result.documents.first?.nodes.count)
        #expect(nodes < 400)
    }
}
