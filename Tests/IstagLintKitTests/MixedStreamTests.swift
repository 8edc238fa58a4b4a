import Foundation
import IstagLintKit
import Testing
import YAMLTree

/// The foundation's acceptance case: one stream with a valid ImageStreamTag, one with a
/// legacy apiVersion and a duplicate `from:`, a ConfigMap, and a syntax error at the end.
struct MixedStreamTests {
    private let report: FileReport
    private let bytes: [UInt8]

    init() throws {
        let url = Repository.root.appendingPathComponent("Fixtures/mixed-stream.yaml")
        bytes = [UInt8](try Data(contentsOf: url))
        report = Linter().lint(bytes, file: "Fixtures/mixed-stream.yaml")
    }

    @Test func exactlyTheThreeFindingsAtTheirPositions() {
        let found = report.diagnostics.map {
            "\($0.ruleId) \($0.severity.rawValue) doc\($0.document) \($0.path) \($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column)"
        }
        #expect(
            found == [
                "IST004 error doc1 apiVersion 12:13-12:15",
                "IST002 warning doc1 tag.from 20:3-20:7",
                "IST001 error doc3  37:1-37:1",
            ])
    }

    @Test func findingsNameTheirObjects() {
        #expect(report.diagnostics[0].object == ObjectIdentity(kind: "ImageStreamTag", name: "ruby:3.4"))
        #expect(report.diagnostics[1].object == ObjectIdentity(kind: "ImageStreamTag", name: "ruby:3.4"))
        #expect(report.diagnostics[2].object == nil)
    }

    @Test func countsDocumentsObjectsAndSkips() {
        #expect(report.documentCount == 4)
        #expect(report.objectCount == 2)
        #expect(report.skippedDocumentCount == 1)
    }

    @Test func offsetsPointAtTheUnderlinedBytes() throws {
        let apiVersion = report.diagnostics[0].range
        #expect(String(decoding: bytes[apiVersion.start.offset..<apiVersion.end.offset], as: UTF8.self) == "v1")
        let duplicate = report.diagnostics[1].range
        #expect(String(decoding: bytes[duplicate.start.offset..<duplicate.end.offset], as: UTF8.self) == "from")
    }

    @Test func legacyVersionCarriesAFix() throws {
        let fix = try #require(report.diagnostics[0].fix)
        #expect(fix.replacement == "image.openshift.io/v1")
        #expect(fix.range == report.diagnostics[0].range)
    }
}
