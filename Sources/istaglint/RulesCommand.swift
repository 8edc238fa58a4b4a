import ArgumentParser
import IstagLintKit

/// `istaglint rules`: one line per rule.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    @Option(name: .long, help: "Only the rules that check this kind (ImageStreamTag, ImageStream).")
    var kind: String?

    func validate() throws {
        guard let kind, ObjectKind(named: kind) == nil else { return }
        let kinds = ObjectKind.allCases.map(\.name)
        let nearest = kinds.first { $0.lowercased() == kind.lowercased() }.map { "; did you mean \"\($0)\"" } ?? ""
        throw ValidationError("unknown kind \"\(kind)\": istaglint lints \(kinds.joined(separator: ", "))\(nearest)")
    }

    func run() throws {
        let only = kind.flatMap(ObjectKind.init(named:))
        // A rule over whole documents checks every kind; an object rule, the kinds it names.
        let rules = RuleCatalog.all.map(\.description).filter { rule in
            guard let only, let kinds = RuleCatalog.kinds(checkedBy: rule.code) else { return true }
            return kinds.contains(only)
        }
        let nameWidth = rules.map(\.name.count).max() ?? 0
        let familyWidth = rules.map(\.family.count).max() ?? 0
        var output = ""
        for rule in rules {
            let name = rule.name.padding(toLength: nameWidth)
            let family = rule.family.padding(toLength: familyWidth)
            let severity = rule.severity.rawValue.padding(toLength: 7)
            output += "\(rule.code)  \(name)  \(severity)  \(family)  \(rule.summary)\n"
        }
        StandardStreams.writeOutput(output)
    }
}

extension String {
    /// The string padded with spaces on the right to a width.
    func padding(toLength width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
