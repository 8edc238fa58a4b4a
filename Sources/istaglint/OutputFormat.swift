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
        case .json, .sarif, .gitlab, .junit: return nil
        }
    }
}
