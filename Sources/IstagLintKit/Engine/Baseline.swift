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
    /// The spellings an older version wrote for a file (`./a.yaml`), by the spelling of today
    /// (`a.yaml`): their fingerprints were made from the older one, so findings of the file
    /// are matched under both. Not written.
    public private(set) var earlierSpellings: [String: [String]] = [:]

    private enum CodingKeys: String, CodingKey {
        case version, findings
    }

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

    /// Spells the entries' files as `spelling` spells paths, remembering the spellings that
    /// differ (see `earlierSpellings`): a baseline written by an older version, or from
    /// another spelling of the same paths, still matches.
    public mutating func respell(with spelling: PathSpelling) {
        for index in findings.indices {
            let written = findings[index].file
            let spelled = spelling.spelling(of: written)
            guard spelled != written else { continue }
            findings[index].file = spelled
            if !earlierSpellings[spelled, default: []].contains(written) { earlierSpellings[spelled, default: []].append(written) }
        }
    }

    /// The report without the findings recorded here; `standardInputName` is the name
    /// standard input was linted under, if it was.
    public func filter(_ report: RunReport, standardInputName: String? = nil) -> RunReport {
        var filter = BaselineFilter(self, standardInputName: standardInputName)
        return RunReport(files: report.files.map { filter.filter($0) }, readFailures: report.readFailures, omitted: report.omitted)
    }
}
