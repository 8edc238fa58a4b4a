import ArgumentParser
import IstagLintKit

/// The report formats of `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json

    /// The reporter that writes this format.
    func reporter(quiet: Bool, color: Bool) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color, quiet: quiet)
        case .json: return JSONReporter()
        }
    }
}
