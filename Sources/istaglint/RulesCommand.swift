import ArgumentParser
import IstagLintKit

/// `istaglint rules`: one line per rule.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule.")

    func run() throws {
        let rules = RuleCatalog.all.map(\.description)
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
