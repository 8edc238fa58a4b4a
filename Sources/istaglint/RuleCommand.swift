import ArgumentParser
import IstagLintKit

/// `istaglint rule IST###`: print one rule's page.
struct RuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rule", abstract: "Print one rule's documentation page.")

    @Argument(help: "A rule code (IST004) or name (api-version).")
    var rule: String

    func run() throws {
        guard let found = RuleCatalog.rule(named: rule) else {
            let known = RuleCatalog.all.map { "\($0.description.code) (\($0.description.name))" }.joined(separator: ", ")
            throw ValidationError("unknown rule \"\(rule)\"; known rules: \(known)")
        }
        StandardStreams.writeOutput(RulePage.markdown(for: found.description))
    }
}
