/// The Markdown documentation of rules, generated from their descriptions: `rules/IST###.md`
/// and the index `rules/README.md`. `istaglint rule IST###` prints the same page.
public enum RulePage {
    /// Example lines longer than this are shortened on the page (the tests use them in full).
    static let exampleLineLimit = 120

    /// The page of one rule.
    public static func markdown(for rule: RuleDescription) -> String {
        var page = "# \(rule.code) \(rule.name)\n\n"
        page += "\(rule.summary)\n\n"
        page += "- Severity: `\(rule.severity.rawValue)`\(severityByMode(rule))\(severityByKind(rule))\n"
        page += "- Family: \(rule.family)\n"
        if let fix = rule.fix { page += "- Fix (\(fix.applicabilityText)): \(fix.summary)\n" }
        if let kinds = RuleCatalog.kinds(checkedBy: rule.code) { page += "- Checks: \(kinds.map(\.name).joined(separator: ", "))\n" }
        if !rule.tags.isEmpty { page += "- Tags: \(rule.tags.map { "`\($0)`" }.joined(separator: ", "))\n" }
        if rule.reportsMissingFields {
            page += "- On a kustomize patch: a field the patch leaves out is not reported missing, since its base supplies it; "
            page += "a field it writes as null or empty still is\n"
        }
        page += "\n## Why\n\n\(rule.rationale)\n"
        if let note = rule.applyModeNote {
            page += "\n## How it is applied\n\n"
            page += "The verdict depends on `apply:` (`--apply`). The examples below are linted under the default, `apply: client`, "
            page += "unless a section names another mode.\n\n"
            page += note + "\n"
        }
        page += "\n## Triggering examples\n\n"
        page += "`\(RuleDescription.findingMarker)` marks where each finding starts.\n"
        for example in rule.triggeringExamples { page += "\n" + codeBlock(example) }
        page += "\n## Non-triggering examples\n"
        for example in rule.nonTriggeringExamples { page += "\n" + codeBlock(example) }
        for mode in ApplyMode.allCases {
            let examples = rule.modeExamples.filter { $0.mode == mode }
            guard !examples.isEmpty else { continue }
            page += "\n## Under `\(mode.setting)`\n"
            for example in examples {
                page += "\n" + (example.triggers ? "Triggers (\(mode.command)):" : "Does not trigger (\(mode.command)):") + "\n\n" + codeBlock(example.text)
            }
        }
        page += "\n<!-- Generated from the rule's description in Sources/IstagLintKit/Rules; do not edit. -->\n"
        return page
    }

    /// The index of every rule.
    public static func index(for rules: [RuleDescription]) -> String {
        var page = "# Rules\n\n"
        page += "Every rule istaglint has. Codes are stable: a code is never reused. "
        page += "Configure a rule by its code or its name.\n\n"
        page += "| Code | Name | Severity | Family | Fix | Summary |\n|---|---|---|---|---|---|\n"
        for rule in rules {
            let tags = rule.tags.isEmpty ? "" : " (" + rule.tags.joined(separator: ", ") + ")"
            page +=
                "| [\(rule.code)](\(rule.code).md) | `\(rule.name)` | \(rule.severity.rawValue)\(indexSeverityByMode(rule))\(rule.severityByKind.map { " (\($1.rawValue) on \($0.name))" }.joined()) | \(rule.family)\(tags) | \(rule.fix?.applicabilityText ?? "") | \(rule.summary.replacingPipes()) |\n"
        }
        page += "\n<!-- Generated from the rules' descriptions in Sources/IstagLintKit/Rules; do not edit. -->\n"
        return page
    }

    /// `(error under apply: kustomize)`, for the severity line, or nothing.
    private static func severityByMode(_ rule: RuleDescription) -> String {
        let differing = ApplyMode.allCases.filter { rule.severity(under: $0) != rule.severity }
        guard !differing.isEmpty else { return "" }
        return " (" + differing.map { "`\(rule.severity(under: $0).rawValue)` under `\($0.setting)`" }.joined(separator: ", ") + ")"
    }

    /// `; `error` on an Image`, for the severity line, or nothing.
    private static func severityByKind(_ rule: RuleDescription) -> String {
        rule.severityByKind.map { "; `\($1.rawValue)` on an \($0.name)" }.joined()
    }

    /// ` (error under kustomize)`, for the index, or nothing.
    private static func indexSeverityByMode(_ rule: RuleDescription) -> String {
        let differing = ApplyMode.allCases.filter { rule.severity(under: $0) != rule.severity }
        guard !differing.isEmpty else { return "" }
        return " (" + differing.map { "\(rule.severity(under: $0).rawValue) under \($0.rawValue)" }.joined(separator: ", ") + ")"
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
