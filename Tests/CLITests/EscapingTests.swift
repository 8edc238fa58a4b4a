import Foundation
import Testing

/// What comes from input (a value, a file name) never reaches the terminal or a CI log raw:
/// no control character, and no line that input starts (`::add-mask::` in a GitHub job log).
struct EscapingTests {
    /// ESC, BEL, CR, LF, `::`, `%`, `<`, `]]>` and U+2028, as YAML double-quoted escapes.
    static let hostileYAML = #"\e]0;title\a\r\n::add-mask::secret%41<x>]]>\L::error::injected\x1b[31m\N\P"#
    /// The same, raw, for a file name.
    static let hostileName = "a\u{1B}]0;t\u{07}\r\n::add-mask::secret%41<x>]]>\u{2028}::error::injected\u{1B}[31m\u{85}b.yaml"

    static let formats = ["text", "json", "sarif", "github", "gitlab", "junit"]

    @Test(arguments: formats)
    func inputNeverStartsALineOrReachesTheOutputRaw(_ format: String) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: app:v1
              "\(EscapingTests.hostileYAML)": x
            tag:
              from:
                kind: "\(EscapingTests.hostileYAML)"
                name: "quay.io/a/b:\(EscapingTests.hostileYAML)"

            """
        try Data(manifest.utf8).write(to: directory.appendingPathComponent(EscapingTests.hostileName))
        let missing = "gone\n::add-mask::x\u{1B}[2J\u{07}.yaml"
        let outcome = try CLI.run(["--format", format, ".", missing], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.contains("add-mask"), "the hostile text must reach the report, escaped")
        for (stream, text) in [("stdout", outcome.stdout), ("stderr", outcome.stderr)] {
            let raw = text.unicodeScalars.filter { scalar in
                (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}"
            }
            #expect(raw.isEmpty, "\(format) \(stream) holds raw \(raw.map { String($0.value, radix: 16) })")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if format == "github" && stream == "stdout" && trimmed.hasPrefix("::") {
                    #expect(trimmed.wholeMatch(of: /::(error|warning|notice) file=[^:]*::.*/) != nil, "\(line)")
                } else {
                    #expect(!trimmed.hasPrefix("::"), "\(format) \(stream): \(line)")
                }
            }
        }
    }

    static let notText: [(String, [UInt8])] = [
        ("NUL", Array("kind: ImageStreamTag\nx: a".utf8) + [0x00] + Array("b\n".utf8)),
        ("invalid UTF-8", Array("kind: ImageStreamTag\nx: ".utf8) + [0xC3, 0x28, 0xFF, 0x0A]),
    ]

    @Test(arguments: notText)
    func anExcerptOfInputThatIsNotTextIsNeverPrinted(_ name: String, _ bytes: [UInt8]) throws {
        let outcome = try CLI.run(["--stdin-filename", "bad.yaml", "-"], input: Data(bytes))
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("bad.yaml:2:") }, "\(outcome.stdout)")
        #expect(!lines.contains { $0.contains(" | ") }, "\(name): \(outcome.stdout)")
    }
}
