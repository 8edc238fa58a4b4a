import Foundation
import Testing
import YAMLTree

@testable import IstagLintKit

/// Every rule example and every fixture, fixed with the unsafe fixes too: fixing again changes
/// nothing, the fixed text parses when the original did, and it has no finding the original
/// did not have (the same rule, document and field path, counted). And each rule's examples
/// show the fixes its description declares, and no other.
struct FixPropertyTests {
    struct Input: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        var testDescription: String { name }
    }

    static let inputs: [Input] = {
        var inputs = (RuleExample.all(triggering: true) + RuleExample.all(triggering: false)).map {
            Input(name: $0.testDescription, text: RuleExampleTests.stripMarkers($0.text).0)
        }
        let folder = Repository.root.appendingPathComponent("Fixtures")
        for sub in ["", "fix/"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)) ?? []
            for name in names.sorted() where InputCollector.hasLintableExtension(name) {
                if let data = try? Data(contentsOf: folder.appendingPathComponent(sub + name)) {
                    inputs.append(Input(name: "Fixtures/\(sub)\(name)", text: String(decoding: data, as: UTF8.self)))
                }
            }
        }
        return inputs
    }()

    static func identities(_ report: FileReport) -> [String: Int] {
        var counts: [String: Int] = [:]
        for diagnostic in report.diagnostics { counts["\(diagnostic.ruleId) \(diagnostic.document) \(diagnostic.path)", default: 0] += 1 }
        return counts
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs.count > 500)
        #expect(Self.inputs.contains { $0.name.hasPrefix("Fixtures/fix/") })
    }

    @Test(arguments: inputs)
    func fixingIsIdempotentParsesAndAddsNoFinding(_ input: Input) {
        let linter = Linter()
        let fixer = Fixer(linter: linter, includingUnsafe: true)
        let selection = linter.selection(for: nil)
        let bytes = Array(input.text.utf8)
        let original = linter.lint(bytes, file: "a.yaml", selection: selection)
        let (once, report) = fixer.fix(bytes, file: "a.yaml", selection: selection)
        let (twice, _) = fixer.fix(once.fixed, file: "a.yaml", selection: selection)
        #expect(twice.fixed == once.fixed, "a second --fix changed \(input.name)")
        let parsedBefore = YAMLParser.parse(bytes).problem == nil
        #expect(!parsedBefore || YAMLParser.parse(once.fixed).problem == nil)
        let before = Self.identities(original)
        for (identity, count) in Self.identities(report) {
            #expect(count <= before[identity, default: 0], "fixing \(input.name) added \(identity)")
        }
    }

    @Test func eachRuleShowsTheFixesItDeclares() {
        for rule in RuleCatalog.all {
            let description = rule.description
            var shown: Set<FixApplicability> = []
            for example in description.triggeringExamples {
                let report = RuleExampleTests.lint(Array(RuleExampleTests.stripMarkers(example).0.utf8), mode: .default)
                for diagnostic in report.diagnostics where diagnostic.ruleId == description.code {
                    if let fix = diagnostic.fix { shown.insert(fix.applicability) }
                }
            }
            let declared = Set(description.fix?.applicabilities ?? [])
            #expect(
                shown == declared,
                "\(description.code) declares \(declared.map(\.rawValue).sorted()) fixes; its examples show \(shown.map(\.rawValue).sorted())")
            let fixture = Repository.root.appendingPathComponent("Fixtures/fix/\(description.code).yaml")
            #expect(FileManager.default.fileExists(atPath: fixture.path) == (description.fix != nil), "Fixtures/fix/\(description.code).yaml")
        }
    }

    /// The README's table of fixes is the descriptions' (the rule pages carry the same line).
    @Test func theReadmeListsEveryFix() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        for rule in RuleCatalog.all {
            let description = rule.description
            let row = "| [\(description.code)](rules/\(description.code).md) | `\(description.name)` |"
            guard let fix = description.fix else {
                #expect(!readme.contains(row), "\(description.code) has no fix")
                continue
            }
            #expect(readme.contains(row + " \(fix.applicabilityText) | \(fix.summary) |"), "README: \(description.code)")
        }
    }
}
