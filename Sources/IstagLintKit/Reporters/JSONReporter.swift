#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The editor's format: one JSON document per run, `"version": 1`, camelCase keys, sorted.
///
/// The shape is described by `schema/report.schema.json`; a test checks real output against it.
public struct JSONReporter: Reporter {
    /// The document the reporter writes.
    struct Report: Encodable {
        struct Tool: Encodable {
            var name = ToolInfo.name
            var version = ToolInfo.version
        }

        var version = 1
        var tool = Tool()
        var diagnostics: [Diagnostic]
        var unreadable: [ReadFailure]
        var summary: Summary
    }

    /// Creates a JSON reporter.
    public init() {}

    public func render(_ report: RunReport) -> String {
        let document = Report(diagnostics: report.diagnostics, unreadable: report.readFailures, summary: report.summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{\"version\":1}\n" }
        return DisplayText.jsonText(data) + "\n"
    }
}
