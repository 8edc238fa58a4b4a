import Foundation
import IstagLintKit
import Testing

struct GitLabReporterTests {
    static let reporter = GitLabReporter(rules: ReporterTestSupport.rules)
    static let severities: Set<String> = ["info", "minor", "major", "critical", "blocker"]
    static let categories: Set<String> = ["Bug Risk", "Clarity", "Compatibility", "Complexity", "Duplication", "Performance", "Security", "Style"]

    static func issues(of report: RunReport) throws -> [[String: Any]] {
        try #require(try ReporterTestSupport.json(reporter.render(report)) as? [[String: Any]])
    }

    @Test func everyFindingOfEveryFixtureIsAValidIssueWithAUniqueFingerprint() throws {
        let report = try ReporterTestSupport.allFixturesReport()
        let issues = try Self.issues(of: report)
        #expect(issues.count == report.diagnostics.count)
        #expect(issues.count > 50)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(fingerprints.count == issues.count)
        #expect(Set(fingerprints).count == fingerprints.count)
        for (issue, diagnostic) in zip(issues, report.diagnostics) {
            #expect(issue["type"] as? String == "issue")
            #expect(issue["check_name"] as? String == diagnostic.ruleId)
            let description = try #require(issue["description"] as? String)
            #expect(!description.isEmpty && !description.contains("\n"))
            #expect(Self.severities.contains(issue["severity"] as? String ?? ""), "\(issue)")
            let categories = try #require(issue["categories"] as? [String])
            #expect(!categories.isEmpty && Set(categories).isSubset(of: Self.categories))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == diagnostic.file)
            let lines = try #require(location["lines"] as? [String: Int])
            let begin = try #require(lines["begin"])
            #expect(begin == diagnostic.range.start.line && begin >= 1)
            #expect((lines["end"] ?? 0) >= begin)
        }
    }

    @Test func knownFixtureIssuesAreExact() throws {
        let report = try FixtureTests.report(for: "IST201-IST208-tag.yaml")
        let issues = try Self.issues(of: report)
        #expect(issues.count == 9)
        let first = issues[0]
        #expect(first["check_name"] as? String == "IST202")
        #expect(first["severity"] as? String == "major")
        #expect(first["fingerprint"] as? String == Fingerprint.assign(report.diagnostics)[0])
        #expect(first["description"] as? String == report.diagnostics[0].message + " [IST202]")
        #expect(first["categories"] as? [String] == ["Bug Risk"])
        let location = first["location"] as? [String: Any]
        #expect(location?["path"] as? String == "Fixtures/IST201-IST208-tag.yaml")
        #expect(location?["lines"] as? [String: Int] == ["begin": 9, "end": 9])
        let warning = try #require(issues.first { $0["check_name"] as? String == "IST507" })
        #expect(warning["severity"] as? String == "minor")
    }

    @Test func infoStaysInfoAndSecurityRulesAreSecurity() throws {
        let status = try Self.issues(of: try FixtureTests.report(for: "IST301-IST310-generation-and-status.yaml"))
        #expect(status.first { $0["check_name"] as? String == "IST302" }?["severity"] as? String == "info")
        let security = try Self.issues(of: try FixtureTests.report(for: "IST501-IST511-security-and-practice.yaml"))
        let insecure = try #require(security.first { $0["check_name"] as? String == "IST501" })
        #expect(insecure["categories"] as? [String] == ["Security"])
        #expect(insecure["severity"] as? String == "minor")
        // Without the rules, nothing can be told apart: everything is a bug risk.
        let plain = try #require(
            try ReporterTestSupport.json(GitLabReporter().render(try FixtureTests.report(for: "IST501-IST511-security-and-practice.yaml"))) as? [[String: Any]])
        #expect(plain.allSatisfy { $0["categories"] as? [String] == ["Bug Risk"] })
    }

    @Test func pathsLoseALeadingDotSlashAndRangesEndingAtALineStartEndBefore() throws {
        let report = ReporterTestSupport.report([
            ReporterTestSupport.diagnostic(file: "./manifests/a.yaml", line: 4, column: 3, endLine: 6, endColumn: 1),
            ReporterTestSupport.diagnostic(file: "manifests/b.yaml", line: 4, column: 3, endLine: 6, endColumn: 2),
        ])
        let issues = try Self.issues(of: report)
        let locations = issues.map { $0["location"] as? [String: Any] }
        #expect(locations[0]?["path"] as? String == "manifests/a.yaml")
        #expect(locations[0]?["lines"] as? [String: Int] == ["begin": 4, "end": 5])
        #expect(locations[1]?["path"] as? String == "manifests/b.yaml")
        #expect(locations[1]?["lines"] as? [String: Int] == ["begin": 4, "end": 6])
    }

    @Test func aCleanRunIsAnEmptyArray() throws {
        let output = Self.reporter.render(try FixtureTests.report(for: "careful.json"))
        #expect(try ReporterTestSupport.json(output) as? [Any] != nil)
        #expect((try ReporterTestSupport.json(output) as? [Any])?.isEmpty == true)
    }

    @Test func severityMapping() {
        #expect(GitLabReporter.severity(.info) == "info")
        #expect(GitLabReporter.severity(.warning) == "minor")
        #expect(GitLabReporter.severity(.error) == "major")
    }
}
