import Foundation
import Testing
import YAMLTree

@testable import IstagLintKit

/// `Fixer`: only the bytes of a fix change, overlapping fixes wait, a fix that makes the file
/// worse is withheld with its reason, a file that does not parse is not touched, and findings
/// in the baseline are left as they are.
struct FixerTests {
    static let legacy =
        "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\ntag:\n  from:\n    kind: dockerimage\n    name: quay.io/example/ruby:3.3\n"

    static func fix(_ text: String, unsafe: Bool = false, baseline: Baseline? = nil) -> (FixOutcome, FileReport) {
        let linter = Linter()
        return Fixer(linter: linter, includingUnsafe: unsafe, baseline: baseline).fix(
            Array(text.utf8), file: "a.yaml", selection: linter.selection(for: nil))
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func safeFixesChangeOnlyTheirBytes() {
        let (outcome, report) = Self.fix("\u{FEFF}# ü comment\r\n" + Self.legacy.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(
            Self.text(outcome.fixed) == "\u{FEFF}# ü comment\r\n"
                + Self.legacy.replacingOccurrences(of: "\n", with: "\r\n")
                .replacingOccurrences(of: "apiVersion: v1", with: "apiVersion: image.openshift.io/v1")
                .replacingOccurrences(of: "kind: dockerimage", with: "kind: DockerImage"))
        #expect(outcome.fixedCount == 2)
        #expect(outcome.withheld.isEmpty)
        #expect(!report.diagnostics.contains { $0.ruleId == "IST004" || $0.ruleId == "IST202" })
    }

    @Test func unsafeFixesWaitForTheFlag() {
        let text = Self.legacy.replacingOccurrences(of: "dockerimage", with: "DockerImg")
        #expect(Self.text(Self.fix(text).0.fixed).contains("kind: DockerImg\n"))
        #expect(Self.text(Self.fix(text, unsafe: true).0.fixed).contains("kind: DockerImage\n"))
    }

    @Test func aFixThatAddsAFindingIsWithheldWithWhy() {
        // Renaming the key exposes `type: local` to the reference-policy rule (IST206).
        let text = Self.legacy + "  refrencePolicy:\n    type: local\n"
        let (outcome, _) = Self.fix(text, unsafe: true)
        #expect(Self.text(outcome.fixed).contains("  refrencePolicy:\n"))
        #expect(outcome.withheld.count == 1)
        let withheld = outcome.withheld.first
        #expect(withheld?.ruleId == "IST101")
        #expect(withheld?.path == "tag.refrencePolicy")
        #expect(withheld?.range.start.line == 9)
        #expect(withheld?.range.start.column == 3)
        #expect(withheld?.reason.hasPrefix("the fixed file would have a new finding, IST206 at tag.referencePolicy.type: ") == true)
        #expect(outcome.fixedCount == 2)
    }

    @Test func aFileThatDoesNotParseIsNotTouched() {
        let text = Self.legacy + "  importPolicy: [\n"
        let (outcome, _) = Self.fix(text, unsafe: true)
        #expect(!outcome.changed)
        #expect(outcome.fixedCount == 0)
    }

    /// Found by the fixing fuzzer: offsets of a UTF-16 file are those of its UTF-8 transcoding.
    @Test func aUTF16FileIsNotTouched() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in Self.legacy.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let linter = Linter()
        let (outcome, _) = Fixer(linter: linter, includingUnsafe: true).fix(bytes, file: "a.yaml", selection: linter.selection(for: nil))
        #expect(!outcome.changed)
    }

    @Test func findingsInTheBaselineAreNotFixed() throws {
        let before = Linter().lint(Array(Self.legacy.utf8), file: "a.yaml")
        let baseline = Baseline(RunReport(files: [before.keeping { $0.ruleId == "IST004" }], readFailures: []))
        let (outcome, report) = Self.fix(Self.legacy, baseline: baseline)
        #expect(Self.text(outcome.fixed).hasPrefix("apiVersion: v1\n"))
        #expect(Self.text(outcome.fixed).contains("kind: DockerImage\n"))
        #expect(outcome.fixedCount == 1)
        // The report is of the text fixed around it: the recorded finding is still there, where it was.
        let kept = try #require(report.diagnostics.first { $0.ruleId == "IST004" })
        #expect((kept.range.start.line, kept.range.start.column, kept.range.end.column) == (1, 13, 15))
        #expect(kept.severity == .error)
        #expect(!report.diagnostics.contains { $0.ruleId == "IST202" })
    }

    @Test func overlappingFixesTakeTheFirstAndWait() {
        let range = { (start: Int, end: Int) in
            SourceRange(start: Mark(line: 1, column: start + 1, offset: start), end: Mark(line: 1, column: end + 1, offset: end))
        }
        let fixes = [
            Fix(range: range(4, 8), replacement: "b", applicability: .safe),
            Fix(range: range(0, 2), replacement: "a", applicability: .safe),
            Fix(range: range(1, 5), replacement: "x", applicability: .safe),
            Fix(range: range(8, 8), replacement: "c", applicability: .safe),
            Fix(range: range(8, 8), replacement: "d", applicability: .safe),
        ]
        let chosen = SourceEdit.nonOverlapping(fixes) { $0 }
        #expect(chosen.map(\.replacement) == ["a", "b", "c"])
        #expect(SourceEdit.applying(chosen, to: Array("0123456789".utf8)).map(Self.text) == "a23bc89")
        #expect(SourceEdit.applying([Fix(range: range(8, 12), replacement: "", applicability: .safe)], to: Array("0123456789".utf8)) == nil)
    }

    @Test(arguments: [
        ("dockerimage", "DockerImage", FixApplicability.safe), (" local ", "Local", .safe), ("DockerImg", "DockerImage", .unsafe),
        ("refrencePolicy", "referencePolicy", .unsafe),
    ])
    func nearestSpellingsAreSafeOnlyWhenTheCaseDiffers(_ original: String, _ replacement: String, _ expected: FixApplicability) {
        #expect(FixApplicability.correcting(original, to: replacement) == expected)
    }

    /// Each quoted string reads back as itself, in a block and in a flow mapping, as a key too.
    @Test(arguments: ["plain", "with \"quotes\"", "back\\slash", "tab\there", "line\nbreak", "ü 漢字 🚀", "\u{7}\u{1B}\u{85}\u{2028}\u{FEFF}", "", "a: b # c"])
    func doubleQuotingReadsBackAsTheSameString(_ value: String) throws {
        let quoted = YAMLQuoting.doubleQuoted(value)
        for source in ["k: \(quoted)\n", "{k: \(quoted)}\n", "\(quoted): v\n"] {
            let parsed = YAMLParser.parse(Array(source.utf8))
            #expect(parsed.problem == nil, "\(source)")
            let document = try #require(parsed.documents.first)
            let root = try #require(document.root)
            let entry = try #require(document.entries(of: root)?.first)
            let node = source.hasPrefix("k") || source.hasPrefix("{") ? entry.value : entry.key
            #expect(document.scalar(node) == value, "\(source)")
        }
    }
}
