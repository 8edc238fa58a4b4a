import Foundation
import IstagLintKit
import Testing

/// `rules/IST###.md` and `rules/README.md` are generated from the descriptions; a checked-in
/// page that differs fails (ISTAGLINT_RECORD=1 regenerates them; ISTAGLINT_RECORD=IST203 that
/// rule's page and the index).
struct RulePageTests {
    @Test(arguments: RuleCatalog.all.map(\.description.code))
    func checkedInPageMatchesTheDescription(_ code: String) throws {
        let rule = try #require(RuleCatalog.rule(named: code))
        let url = Repository.root.appendingPathComponent("rules/\(code).md")
        Repository.compare(RulePage.markdown(for: rule.description), withFile: url, codes: [code])
    }

    @Test func indexListsEveryRule() {
        let url = Repository.root.appendingPathComponent("rules/README.md")
        let index = RulePage.index(for: RuleCatalog.all.map(\.description))
        // The index shows every rule's summary: it is a file of every rule.
        Repository.compare(index, withFile: url, codes: Set(RuleCatalog.all.map(\.description.code)))
        for rule in RuleCatalog.all { #expect(index.contains("[\(rule.description.code)](\(rule.description.code).md)")) }
    }

    @Test func noPageWithoutARule() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("rules").path)
        let codes = Set(RuleCatalog.all.map { "\($0.description.code).md" })
        for file in files where file != "README.md" {
            #expect(codes.contains(file), "rules/\(file) has no rule")
        }
    }

    @Test func messagesOfEveryExampleAreLowercaseWithoutTrailingPeriod() {
        for rule in RuleCatalog.all {
            for example in rule.description.triggeringExamples {
                let (text, _) = RuleExampleTests.stripMarkers(example)
                for diagnostic in Linter().lint(Array(text.utf8), file: "x.yaml").diagnostics {
                    let first = diagnostic.message.first.map(String.init) ?? ""
                    #expect(first == first.lowercased(), "\(diagnostic.message)")
                    #expect(!diagnostic.message.hasSuffix("."), "\(diagnostic.message)")
                }
            }
        }
    }
}
