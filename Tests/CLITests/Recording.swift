import Foundation

/// What `ISTAGLINT_RECORD` asks a test run to re-record instead of compare: nothing (unset,
/// empty or `0`), everything (`1`), or the goldens that show a finding of some rules (`IST203`,
/// `unpinned-image`, `IST2`, or a comma list of those). Every golden of this target is written
/// through here. This target runs the binary and does not link the library, so rule names and
/// families are read from the generated pages in `rules/` (`# IST503 unpinned-image`).
enum Recording: Equatable {
    case nothing
    case everything
    /// The codes the rules named stand for.
    case rules(Set<String>)
    /// A selector that names no rule: nothing is re-recorded, and `RecordingTests` fails.
    case unknownRule(String)

    /// What this run records, read once from the environment.
    static let current = Recording(ProcessInfo.processInfo.environment["ISTAGLINT_RECORD"], rules: pageTitles())

    /// Reads the variable's value, against the rules' codes and names.
    init(_ value: String?, rules: [(code: String, name: String)]) {
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
        for selector in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let upper = selector.uppercased()
            let isFamily = upper.wholeMatch(of: /IST[0-9]{1,2}/) != nil
            let named = rules.filter { $0.code == upper || $0.name == selector.lowercased() || (isFamily && $0.code.hasPrefix(upper)) }
            guard !named.isEmpty else {
                self = .unknownRule(selector)
                return
            }
            codes.formUnion(named.map(\.code))
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

    /// Whether a golden is re-recorded: it belongs to the rules whose findings it shows
    /// (`[IST203]`, `"IST203"`), in its checked-in or its new version.
    func records(golden expected: String?, actual: String) -> Bool {
        let codes = [expected, actual].compactMap { $0 }.flatMap { $0.matches(of: /IST[0-9]{3}/).map { String($0.output) } }
        return records(codes: Set(codes))
    }

    /// Each rule's code and name, from the first line of its page in `rules/`.
    static func pageTitles() -> [(code: String, name: String)] {
        let folder = CLI.root.appendingPathComponent("rules")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasPrefix("IST") }.compactMap { file in
            let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let title = text?.prefix(while: { $0 != "\n" }), let match = title.wholeMatch(of: /# (IST[0-9]{3}) ([a-z0-9-]+)/) else { return nil }
            return (String(match.output.1), String(match.output.2))
        }
    }
}
