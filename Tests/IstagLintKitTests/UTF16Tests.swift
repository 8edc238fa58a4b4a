import IstagLintKit
import Testing
import YAMLTree

/// UTF-16 files with a byte order mark, which kubectl reads (cli-runtime transcodes them), and
/// byte order marks where kubectl skips or keeps them.
struct UTF16Tests {
    static let manifest = """
        apiVersion: image.openshift.io/v1
        kind: ImageStreamTag
        metadata:
          name: ruby:3.3
        tag:
          from:
            kind: dockerimage
            name: quay.io/ruby:3.3

        """

    static func littleEndian(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
    }

    static func bigEndian(_ text: String) -> [UInt8] {
        [0xFE, 0xFF] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
    }

    private func findings(_ bytes: [UInt8]) -> [String] {
        Linter().lint(bytes, file: "t.yaml").diagnostics.map { "\($0.ruleId) \($0.path) \($0.range.start.line):\($0.range.start.column)" }
    }

    @Test func littleEndianFileIsLintedAsKubectlReadsIt() {
        #expect(findings(Self.littleEndian(Self.manifest)) == ["IST202 tag.from.kind 7:11"])
    }

    @Test func bigEndianFileIsLintedAsKubectlReadsIt() {
        #expect(findings(Self.bigEndian(Self.manifest)) == ["IST202 tag.from.kind 7:11"])
    }

    @Test func doubledByteOrderMarkIsSkipped() {
        #expect(findings(Self.littleEndian("\u{FEFF}" + Self.manifest)) == ["IST202 tag.from.kind 7:11"])
        #expect(findings(Array(("\u{FEFF}\u{FEFF}" + Self.manifest).utf8)) == ["IST202 tag.from.kind 7:11"])
    }

    @Test func emojiBeforeAFindingCountsAsOneColumn() {
        let text = Self.manifest.replacingOccurrences(of: "    kind: dockerimage", with: "    {k: 🐳, kind: dockerimage}")
            .replacingOccurrences(of: "    name: quay.io/ruby:3.3\n", with: "")
        let found = Linter().lint(Self.littleEndian(text), file: "t.yaml").diagnostics.filter { $0.ruleId == "IST202" }
        #expect(found.map { "\($0.range.start.line):\($0.range.start.column)" } == ["7:18"])
        // The offset counts bytes of the text as UTF-8: the emoji is 4 bytes.
        let utf8 = Array(("\u{FEFF}" + text).utf8)
        let start = found.first?.range.start.offset ?? 0
        #expect(String(decoding: utf8[start..<(start + 11)], as: UTF8.self) == "dockerimage")
    }

    @Test func byteOrderMarkAfterTheOpeningSeparatorStaysInTheFirstKey() {
        // kubectl: the object's first key is "\u{FEFF}apiVersion", so it has no apiVersion.
        let text = "---\n\u{FEFF}" + Self.manifest
        for bytes in [Self.littleEndian(text), Array(text.utf8)] {
            let report = Linter().lint(bytes, file: "t.yaml")
            let found = report.diagnostics.map { "\($0.ruleId) \($0.range.start.line):\($0.range.start.column)" }
            #expect(found.contains("IST101 2:1"))
            #expect(found.contains { $0.hasPrefix("IST004 ") })
            #expect(found.contains("IST202 8:11"))
            #expect(!found.contains { $0.hasPrefix("IST001") })
            #expect(report.diagnostics.first { $0.ruleId == "IST101" }?.message.contains("\u{FEFF}apiVersion") == true)
        }
    }

    @Test func byteOrderMarkAfterALaterSeparatorIsSkipped() {
        let text = Self.manifest + "---\n\u{FEFF}" + Self.manifest.replacingOccurrences(of: "ruby:3.3", with: "py:3")
        for bytes in [Self.littleEndian(text), Array(text.utf8)] {
            #expect(findings(bytes) == ["IST202 tag.from.kind 7:11", "IST202 tag.from.kind 16:11"])
        }
    }

    @Test func oddByteCountIsASyntaxFindingWithAPosition() throws {
        let report = Linter().lint(Self.littleEndian("kind: ImageStreamTag\nc: d") + [0x0A], file: "t.yaml")
        let finding = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(finding.ruleId == "IST001")
        #expect(finding.message.contains("UTF-16"))
        #expect(finding.range.start.line == 2 && finding.range.start.column == 5)
    }

    @Test func unpairedSurrogateIsASyntaxFindingWithAPosition() throws {
        var bytes = Self.littleEndian("kind: ImageStreamTag\nc: d")
        bytes += [0x00, 0xD8, 0x41, 0x00]  // a high surrogate, then "A"
        let report = Linter().lint(bytes, file: "t.yaml")
        let finding = try #require(report.diagnostics.first)
        #expect(report.diagnostics.map(\.ruleId) == ["IST001"])
        #expect(finding.range.start.line == 2 && finding.range.start.column == 5)
        var low = Self.bigEndian("kind: ImageStreamTag\nx: ")
        low += [0xDC, 0x00]
        #expect(Linter().lint(low, file: "t.yaml").diagnostics.map(\.ruleId) == ["IST001"])
        // A file that names no linted kind is not a manifest, however it is broken.
        let other = Linter().lint(Self.littleEndian("a: b") + [0x00, 0xD8], file: "t.yaml")
        #expect(other.diagnostics.isEmpty && other.notManifestReason != nil)
    }

    @Test func utf32IsStillRefused() {
        let utf32 = { (text: String) -> [UInt8] in [0xFF, 0xFE, 0x00, 0x00] + Array(text.unicodeScalars).flatMap { [UInt8($0.value), 0, 0, 0] } }
        let report = Linter().lint(utf32("kind: ImageStreamTag\n"), file: "t.yaml")
        #expect(report.diagnostics.map(\.ruleId) == ["IST001"])
        #expect(report.diagnostics.first?.message.contains("UTF-32") == true)
        let other = Linter().lint(utf32("a: b\n"), file: "t.yaml")
        #expect(other.diagnostics.isEmpty && other.notManifestReason != nil)
    }
}
