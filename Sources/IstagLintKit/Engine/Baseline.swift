#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Today's findings, recorded so that later runs report only new ones.
///
/// Entries match by `Fingerprint`, which ignores lines and columns, so reformatting a file or
/// adding objects above a finding does not bring it back.
public struct Baseline: Sendable, Codable, Hashable {
    /// One recorded finding, with enough context to read the file by eye.
    public struct Entry: Sendable, Codable, Hashable {
        /// The fingerprint that matches it.
        public var fingerprint: String
        /// The rule, for readers.
        public var ruleId: String
        /// The file, for readers.
        public var file: String
        /// The field path, for readers.
        public var path: String
    }

    /// The format's version.
    public var version = 1
    /// The recorded findings, sorted by fingerprint.
    public var findings: [Entry]

    /// Records a run's findings.
    public init(_ report: RunReport) {
        let diagnostics = report.diagnostics
        findings = zip(diagnostics, Fingerprint.assign(diagnostics))
            .map { Entry(fingerprint: $1, ruleId: $0.ruleId, file: $0.file, path: $0.path) }
            .sorted { $0.fingerprint < $1.fingerprint }
    }

    /// Reads a baseline file's bytes; throws a `DecodingProblem` that says in one sentence
    /// what is wrong.
    public static func decode(_ bytes: [UInt8]) throws -> Baseline {
        do {
            return try JSONDecoder().decode(Baseline.self, from: Data(bytes))
        } catch {
            throw DecodingProblem(error)
        }
    }

    /// The baseline as JSON text.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{\"findings\":[],\"version\":1}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The report without the findings recorded here.
    public func filter(_ report: RunReport) -> RunReport {
        let known = Set(findings.map(\.fingerprint))
        let fingerprints = Fingerprint.assign(report.diagnostics)
        var index = 0
        let files = report.files.map { file -> FileReport in
            file.keeping { _ in
                defer { index += 1 }
                return !known.contains(fingerprints[index])
            }
        }
        return RunReport(files: files, readFailures: report.readFailures, omitted: report.omitted)
    }
}
