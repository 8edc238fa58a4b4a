/// The Markdown documentation of rules, generated from their descriptions: `rules/IST###.md`
/// and the index `rules/README.md`. `istaglint rule IST###` prints the same page.
public enum RulePage {
    /// Example lines longer than this are shortened on the page (the tests use them in full).
    static let exampleLineLimit = 120

    /// The page of one rule.
    public static func markdown(for rule: RuleDescription) -> String {
        var page = "# \(rule.code) \(rule.name)\n\n"
        page += "\(rule.summary)\n\n"
        page += "- Severity: `\(rule.severity.rawValue)`\n"
        page += "- Family: \(rule.family)\n"
        if !rule.tags.isEmpty { page += "- Tags: \(rule.tags.map { "`\($0)`" }.joined(separator: ", "))\n" }
        page += "\n## Why\n\n\(rule.rationale)\n"
        page += "\n## Triggering examples\n\n"
        page += "`\(RuleDescription.findingMarker)` marks where each finding starts.\n"
        for example in rule.triggeringExamples { page += "\n" + codeBlock(example) }
        page += "\n## Non-triggering examples\n"
        for example in rule.nonTriggeringExamples { page += "\n" + codeBlock(example) }
        page += "\n<!-- Generated from the rule's description in Sources/IstagLintKit/Rules; do not edit. -->\n"
        return page
    }

    /// The index of every rule.
    public static func index(for rules: [RuleDescription]) -> String {
        var page = "# Rules\n\n"
        page += "Every rule istaglint has. Codes are stable: a code is never reused. "
        page += "Configure a rule by its code or its name.\n\n"
        page += "| Code | Name | Severity | Family | Summary |\n|---|---|---|---|---|\n"
        for rule in rules {
            let tags = rule.tags.isEmpty ? "" : " (" + rule.tags.joined(separator: ", ") + ")"
            page += "| [\(rule.code)](\(rule.code).md) | `\(rule.name)` | \(rule.severity.rawValue) | \(rule.family)\(tags) | \(rule.summary.replacingPipes()) |\n"
        }
        page += "\n<!-- Generated from the rules' descriptions in Sources/IstagLintKit/Rules; do not edit. -->\n"
        return page
    }

    private static func codeBlock(_ example: String) -> String {
        let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > exampleLineLimit else { return String(line) }
            return String(line.prefix(exampleLineLimit / 2)) + " … " + String(line.suffix(exampleLineLimit / 4))
        }
        return "```yaml\n" + lines.joined(separator: "\n") + "\n```\n"
    }
}

extension String {
    /// The text with `|` escaped, for a Markdown table cell.
    fileprivate func replacingPipes() -> String {
        var result = ""
        for character in self { result += character == "|" ? "\\|" : String(character) }
        return result
    }
}
