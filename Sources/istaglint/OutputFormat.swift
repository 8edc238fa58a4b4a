import ArgumentParser
import IstagLintKit

/// The report formats of `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
    case sarif
    case github
    case gitlab
    case junit

    /// Other names CI systems and peers use for the same formats (ruff's `gitlab`, GitLab's
    /// `codequality`, the Code Climate format it reads, `github-actions`, `junit-xml`).
    static let aliases: [String: OutputFormat] = [
        "github-actions": .github, "codequality": .gitlab, "code-quality": .gitlab, "codeclimate": .gitlab,
        "junit-xml": .junit, "sarif-2.1.0": .sarif,
    ]

    /// A format by its name or one of its aliases.
    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument) ?? OutputFormat.aliases[argument] else { return nil }
        self = format
    }

    /// The reporter that writes this format; `failOn` is the severity that fails the run.
    func reporter(quiet: Bool, color: Bool, failOn: Severity) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color, quiet: quiet)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter(rules: RuleCatalog.all.map(\.description))
        case .github: return GitHubReporter(includesSummary: !quiet)
        case .gitlab: return GitLabReporter(rules: RuleCatalog.all.map(\.description))
        case .junit: return JUnitReporter(failingSeverity: failOn)
        }
    }

    /// The reporter of a format that is written file by file as the run goes, or nil. Chosen by
    /// the format rather than cast from `reporter`: a cast to a protocol looks the conformance
    /// up at run time on first use, which scans every conformance of the static binary.
    func streamingReporter(quiet: Bool, color: Bool) -> (any StreamingReporter)? {
        switch self {
        case .text: return TextReporter(color: color, quiet: quiet)
        case .github: return GitHubReporter(includesSummary: !quiet)
        case .json: return JSONReporter()
        case .sarif: return SARIFReporter(rules: RuleCatalog.all.map(\.description))
        case .gitlab: return GitLabReporter(rules: RuleCatalog.all.map(\.description))
        case .junit: return nil
        }
    }
}
