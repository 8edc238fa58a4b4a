import YAMLTree

/// The GitLab format: a Code Quality report, the JSON array of Code Climate issues that a
/// job's `artifacts:reports:codequality` shows in merge requests.
///
/// Each issue has what GitLab documents as required (`description`, `check_name`,
/// `fingerprint`, `severity`, `location.path`, `location.lines.begin`) plus `type` and
/// `categories`, which the Code Climate specification requires. The fingerprint is the
/// line-independent one of the baseline, so GitLab does not see a moved finding as fixed
/// and new.
public struct GitLabReporter: StreamingReporter {
    /// The rules, to tell security findings from the others in `categories`.
    public let rules: [RuleDescription]

    /// Creates a Code Quality reporter; pass the catalogue's rules so security rules are
    /// categorised as `Security` (any other finding is a `Bug Risk`).
    public init(rules: [RuleDescription] = []) {
        self.rules = rules
    }

    /// The array's opening bracket.
    public func writeOpening(to output: inout some TextOutputStream) {
        output.write("[")
    }

    /// Each diagnostic of the file as an issue, numbering fingerprints as the baseline does.
    public func write(file: FileReport, progress: inout StreamProgress, to output: inout some TextOutputStream) {
        guard !file.diagnostics.isEmpty else { return }
        let securityCodes = Set(rules.filter { $0.tags.contains("security") }.map(\.code))
        let pieces = JSONPieces()
        for diagnostic in file.diagnostics {
            let issue = Issue(
                checkName: diagnostic.ruleId,
                description: "\(diagnostic.message) [\(diagnostic.ruleId)]",
                categories: [securityCodes.contains(diagnostic.ruleId) ? "Security" : "Bug Risk"],
                fingerprint: progress.fingerprints.fingerprint(of: diagnostic),
                severity: GitLabReporter.severity(diagnostic.severity),
                location: Location(path: GitLabReporter.path(diagnostic.file), lines: GitLabReporter.lines(diagnostic.range.start, diagnostic.range.end)))
            output.write(progress.diagnosticsWritten == 0 ? "\n" : ",\n")
            output.write(pieces.element(issue, depth: 1))
            progress.diagnosticsWritten += 1
        }
    }

    /// The array's closing bracket: GitLab takes no summary and no unreadable paths.
    public func writeClosing(summary: Summary, readFailures: [ReadFailure], progress: StreamProgress, to output: inout some TextOutputStream) {
        output.write(JSONPieces.arrayEnd(depth: 0, isEmpty: progress.diagnosticsWritten == 0) + "\n")
    }

    /// GitLab's severity for istaglint's: `info` stays `info`, a `warning` is `minor`, an
    /// `error` (the server refuses the manifest) is `major`. `critical` and `blocker` are
    /// left for tools that find exploitable or build-breaking problems in code.
    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .info: return "info"
        case .warning: return "minor"
        case .error: return "major"
        }
    }

    /// The path GitLab matches against the repository's files: as given, without a leading `./`.
    static func path(_ file: String) -> String {
        var path = Substring(file)
        while path.hasPrefix("./") {
            path = path.dropFirst(2).drop { $0 == "/" }
        }
        return path.isEmpty ? file : String(path)
    }

    /// The lines a range covers, both inclusive; a range that ends at the start of a line
    /// ends on the line before.
    static func lines(_ start: Mark, _ end: Mark) -> Lines {
        let begin = max(1, start.line)
        let last = end.line > start.line && end.column <= 1 ? end.line - 1 : end.line
        return Lines(begin: begin, end: max(begin, last))
    }

    struct Issue: Encodable {
        var type = "issue"
        var checkName: String
        var description: String
        var categories: [String]
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type
            case checkName = "check_name"
            case description, categories, fingerprint, severity, location
        }
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
        var end: Int
    }
}
