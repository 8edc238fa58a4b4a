import Foundation
import IstagLintKit
import Testing

/// Every manifest under `Fixtures/` beside its golden `.expected.txt` and `.expected.json`.
struct FixtureTests {
    static let fixtureNames: [String] = {
        let directory = Repository.root.appendingPathComponent("Fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.contains(".expected.") && InputCollector.hasLintableExtension($0) }.sorted()
    }()

    static func report(for name: String) throws -> RunReport {
        let url = Repository.root.appendingPathComponent("Fixtures/\(name)")
        let bytes = [UInt8](try Data(contentsOf: url))
        return RunReport(files: [Linter().lint(bytes, file: "Fixtures/\(name)")], readFailures: [])
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtureNames.count >= 10)
    }

    @Test(arguments: fixtureNames)
    func textOutputMatchesItsGolden(_ name: String) throws {
        let base = (name as NSString).deletingPathExtension
        let output = TextReporter().render(try Self.report(for: name))
        Repository.compare(output, withFile: Repository.root.appendingPathComponent("Fixtures/\(base).expected.txt"))
    }

    @Test(arguments: fixtureNames)
    func jsonOutputMatchesItsGoldenAndTheSchema(_ name: String) throws {
        let base = (name as NSString).deletingPathExtension
        let output = JSONReporter().render(try Self.report(for: name))
        Repository.compare(output, withFile: Repository.root.appendingPathComponent("Fixtures/\(base).expected.json"))
        let errors = try ReportSchema.validate(output)
        #expect(errors == [], "\(errors)")
    }

    @Test(arguments: fixtureNames)
    func lintingIsDeterministicAndLeavesTheFileAlone(_ name: String) throws {
        let url = Repository.root.appendingPathComponent("Fixtures/\(name)")
        let before = try Data(contentsOf: url)
        let first = JSONReporter().render(try Self.report(for: name))
        let second = JSONReporter().render(try Self.report(for: name))
        #expect(first == second)
        #expect(try Data(contentsOf: url) == before)
    }
}

/// Every rule is shown by at least one fixture.
struct FixtureCoverageTests {
    @Test func everyRuleFiresInSomeFixture() throws {
        var fired: Set<String> = []
        for name in FixtureTests.fixtureNames {
            fired.formUnion(try FixtureTests.report(for: name).diagnostics.map(\.ruleId))
        }
        // Rules that need a configuration (the registry rule needs the cluster's list) are
        // shown by the projects under Fixtures/config/, in their recorded output.
        let projects = Repository.root.appendingPathComponent("Fixtures/config")
        for project in try FileManager.default.contentsOfDirectory(atPath: projects.path) {
            let golden = projects.appendingPathComponent(project).appendingPathComponent("expected.txt")
            guard let expected = try? String(contentsOf: golden, encoding: .utf8) else { continue }
            fired.formUnion(expected.matches(of: /\[(IST[0-9]{3})\]/).map { String($0.1) })
        }
        for rule in RuleCatalog.all {
            #expect(fired.contains(rule.description.code), "no fixture triggers \(rule.description.code) \(rule.description.name)")
        }
    }
}

/// A carefully written manifest (a pinned source from a named registry, explicit policies,
/// nothing server-populated) gets no finding at all: noise is the fastest way to get a linter
/// switched off.
struct CarefulManifestTests {
    static let names = FixtureTests.fixtureNames.filter { $0.hasPrefix("careful") }

    @Test func thereAreCarefulFixtures() {
        #expect(Self.names.count >= 3)
    }

    @Test(arguments: names)
    func carefulManifestGetsNoFinding(_ name: String) throws {
        let report = try FixtureTests.report(for: name)
        #expect(report.files[0].objectCount > 0)
        #expect(report.diagnostics.map { "\($0.ruleId) \($0.path)" } == [])
    }
}
