import Testing
import YAMLTree

@testable import IstagLintKit

/// One example of one rule, as a test argument.
struct RuleExample: Sendable, CustomTestStringConvertible {
    let code: String
    let index: Int
    let text: String
    let triggers: Bool
    /// The mode the example is linted under.
    var mode: ApplyMode = .default

    var testDescription: String {
        "\(code) \(triggers ? "triggering" : "non-triggering") #\(index + 1)\(mode == .default ? "" : " under \(mode.setting)")"
    }

    /// The examples of every rule, those under other modes than the default included.
    static func all(triggering: Bool) -> [RuleExample] {
        RuleCatalog.all.flatMap { rule in
            let examples = triggering ? rule.description.triggeringExamples : rule.description.nonTriggeringExamples
            let plain = examples.enumerated().map { RuleExample(code: rule.description.code, index: $0.offset, text: $0.element, triggers: triggering) }
            let underModes = rule.description.modeExamples.filter { $0.triggers == triggering }.enumerated().map {
                RuleExample(code: rule.description.code, index: $0.offset, text: $0.element.text, triggers: triggering, mode: $0.element.mode)
            }
            return plain + underModes
        }
    }
}

/// A position marked in an example, 1-based.
struct MarkedPosition: Hashable, CustomStringConvertible {
    let line: Int
    let column: Int
    var description: String { "\(line):\(column)" }
}

/// Every rule's examples: each triggering example gives exactly the marked findings of its
/// rule, and each non-triggering example none.
struct RuleExampleTests {
    /// The example without its markers, and the positions the markers stood before.
    static func stripMarkers(_ text: String) -> (String, [MarkedPosition]) {
        var stripped = ""
        var positions: [MarkedPosition] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if Character(scalar) == RuleDescription.findingMarker {
                positions.append(MarkedPosition(line: line, column: column))
                continue
            }
            stripped.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (stripped, positions)
    }

    private func diagnostics(of code: String, in text: String, mode: ApplyMode) -> [Diagnostic] {
        Self.lint(Array(text.utf8), mode: mode).diagnostics.filter { $0.ruleId == code }
    }

    /// An example linted as the rule pages say: under `mode`, with the registry rule's
    /// example list of allowed registries (IST214).
    static func lint(_ bytes: [UInt8], mode: ApplyMode) -> FileReport {
        let linter = Linter()
        var selection = linter.selection(for: nil, applyMode: mode)
        selection.allowedRegistries = RegistryNotAllowedRule.exampleAllowList
        return linter.lint(bytes, file: "example.yaml", selection: selection)
    }

    private func findings(of code: String, in text: String, mode: ApplyMode = .default) -> [MarkedPosition] {
        diagnostics(of: code, in: text, mode: mode).map { MarkedPosition(line: $0.range.start.line, column: $0.range.start.column) }
    }

    @Test(arguments: RuleExample.all(triggering: true))
    func triggeringExampleGivesTheMarkedFindings(_ example: RuleExample) throws {
        let (text, expected) = Self.stripMarkers(example.text)
        #expect(!expected.isEmpty, "a triggering example needs at least one \(RuleDescription.findingMarker)")
        let found = diagnostics(of: example.code, in: text, mode: example.mode)
        let actual = found.map { MarkedPosition(line: $0.range.start.line, column: $0.range.start.column) }
        #expect(actual.sorted { ($0.line, $0.column) < ($1.line, $1.column) } == expected)
        // Under every mode a finding has the rule's default severity for that mode, or for the
        // kind of its object where the rule has one.
        let rule = try #require(RuleCatalog.all.first { $0.description.code == example.code }).description
        #expect(
            found.allSatisfy { finding in
                finding.severity == (rule.severityByKind.first { $0.key.name == finding.object?.kind }?.value ?? rule.severity(under: example.mode))
            })
    }

    @Test(arguments: RuleExample.all(triggering: false))
    func nonTriggeringExampleGivesNothing(_ example: RuleExample) {
        let (text, markers) = Self.stripMarkers(example.text)
        #expect(markers.isEmpty)
        #expect(findings(of: example.code, in: text, mode: example.mode) == [])
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        for rule in RuleCatalog.all {
            #expect(!rule.description.triggeringExamples.isEmpty, "\(rule.description.code) has no triggering example")
            #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(rule.description.code) has no non-triggering example")
        }
    }

    /// A rule over several kinds shows each: among its examples, one whose root (or an item
    /// of a list) is of that kind.
    @Test func aRuleOverSeveralKindsHasAnExampleOfEach() {
        for rule in RuleCatalog.objectRules where rule.kinds.count > 1 {
            let description = rule.description
            let texts = description.triggeringExamples + description.nonTriggeringExamples + description.modeExamples.map(\.text)
            var kindsShown: Set<String> = []
            for text in texts {
                for line in text.split(separator: "\n") {
                    let bare = String(line.filter { $0 != RuleDescription.findingMarker }.drop { $0 == " " || $0 == "-" })
                    if bare.hasPrefix("kind: ") { kindsShown.insert(String(bare.dropFirst("kind: ".count))) }
                }
            }
            for kind in rule.kinds {
                #expect(kindsShown.contains(kind.name), "\(description.code) checks \(kind.name) but no example shows one")
            }
        }
    }

    @Test func codesAndNamesAreUniqueAndWellFormed() {
        let codes = RuleCatalog.all.map(\.description.code)
        let names = RuleCatalog.all.map(\.description.name)
        #expect(Set(codes).count == codes.count)
        #expect(Set(names).count == names.count)
        for rule in RuleCatalog.all.map(\.description) {
            #expect(rule.code.wholeMatch(of: /IST[0-6][0-9][0-9]/) != nil, "\(rule.code)")
            #expect(rule.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(rule.name)")
            #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty)
        }
    }

    /// The typed lists are declared in code order (where two findings start at the same
    /// place, the engine reports them in this order), and `all` is exactly their union, sorted.
    @Test func catalogueListsAreInCodeOrder() {
        let lists: [(name: String, codes: [String])] = [
            ("problemRules", RuleCatalog.problemRules.map(\.description.code)),
            ("documentRules", RuleCatalog.documentRules.map(\.description.code)),
            ("objectRules", RuleCatalog.objectRules.map(\.description.code)),
        ]
        for list in lists {
            for (before, after) in zip(list.codes, list.codes.dropFirst()) {
                #expect(before < after, "RuleCatalog.\(list.name) lists \(before) before \(after)")
            }
        }
        let union = lists.flatMap(\.codes) + RuleCatalog.engineRules.map(\.description.code)
        #expect(RuleCatalog.all.map(\.description.code) == union.sorted())
    }
}
