import ArgumentParser
import IstagLintKit

/// The lowest severity that makes the run fail, for `--fail-on`.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case error
    case warning
    case info

    var severity: Severity {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .info: return .info
        }
    }
}
