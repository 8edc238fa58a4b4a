import IstagLintKit
import Testing

/// A selection worked out once gives every kind of rule (document, object and problem rules,
/// and the suppression rule) the severities it was made from.
struct RuleSelectionTests {
    static let manifest = """
        # istaglint: disable-next-line IST999 -- no such rule
        apiVersion: v1
        kind: ImageStreamTag
        metadata:
          name: ruby:3.4
        ---
        a: [

        """

    static let defaults = Dictionary(uniqueKeysWithValues: RuleCatalog.all.map { ($0.description.code, $0.description.severity) })

    static func codes(_ severities: [String: Severity]) -> Set<String> {
        let linter = Linter()
        let report = linter.lint(Array(manifest.utf8), file: "x.yaml", selection: linter.selection(for: severities))
        return Set(report.diagnostics.map(\.ruleId))
    }

    @Test func everyKindOfRuleRunsByDefault() {
        #expect(Self.codes(Self.defaults).isSuperset(of: ["IST001", "IST004", "IST007"]))
    }

    @Test(arguments: ["IST001", "IST004", "IST007"])
    func aRuleLeftOutDoesNotRunAndTheOthersDo(_ code: String) {
        var severities = Self.defaults
        severities[code] = nil
        let found = Self.codes(severities)
        #expect(!found.contains(code))
        #expect(found.isSuperset(of: Set(["IST001", "IST004", "IST007"]).subtracting([code])))
    }

    @Test func aSelectionGivesTheSeveritiesItWasMadeFrom() {
        var severities = Self.defaults
        severities["IST004"] = .info
        let linter = Linter()
        let report = linter.lint(Array(Self.manifest.utf8), file: "x.yaml", selection: linter.selection(for: severities))
        #expect(report.diagnostics.filter { $0.ruleId == "IST004" }.map(\.severity) == [.info])
        #expect(report.diagnostics == linter.lint(Array(Self.manifest.utf8), file: "x.yaml", severities: severities).diagnostics)
    }
}
