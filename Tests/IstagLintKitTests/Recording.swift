import Foundation
import IstagLintKit

/// What `ISTAGLINT_RECORD` asks a test run to re-record instead of compare: nothing (unset,
/// empty or `0`), everything (`1`), or the files of some rules (`IST203`, `unpinned-image`,
/// `IST2`, or a comma list of those): their rule pages, the index, and the goldens that show
/// one of their findings. Every golden of this target is written through here.
enum Recording: Equatable {
    case nothing
    case everything
    /// The codes the rules named stand for.
    case rules(Set<String>)
    /// A selector that names no rule: nothing is re-recorded, and `RecordingTests` fails.
    case unknownRule(String)

    /// What this run records, read once from the environment.
    static let current = Recording(ProcessInfo.processInfo.environment["ISTAGLINT_RECORD"])

    /// Reads the variable's value.
    init(_ value: String?) {
        let value = (value ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty || value == "0" {
            self = .nothing
            return
        }
        if value == "1" {
            self = .everything
            return
        }
        var codes: Set<String> = []
        for selector in value.split(separator: ",").map(String.init) {
            guard case .success(let named) = RuleSelector.codes(for: selector) else {
                self = .unknownRule(selector)
                return
            }
            codes.formUnion(named)
        }
        self = .rules(codes)
    }

    /// Whether a file of these rules is re-recorded.
    func records(codes: Set<String>) -> Bool {
        switch self {
        case .nothing, .unknownRule: return false
        case .everything: return true
        case .rules(let selected): return !selected.isDisjoint(with: codes)
        }
    }

    /// The rule codes a golden shows (`[IST203]` in text, `"IST203"` in JSON), in any of its versions.
    static func codes(shownIn texts: String?...) -> Set<String> {
        Set(texts.compactMap { $0 }.flatMap { $0.matches(of: /IST[0-9]{3}/).map { String($0.output) } })
    }
}
