/// How much a finding matters.
///
/// `error`: the API server refuses it, or the file cannot be read as a manifest.
/// `warning`: accepted, but ignored, rewritten, unsafe or almost certainly wrong.
/// `info`: worth knowing; never raised by a carefully written manifest.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
