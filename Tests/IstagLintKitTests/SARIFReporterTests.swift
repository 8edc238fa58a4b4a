import Foundation
import IstagLintKit
import Testing
import YAMLTree

/// The SARIF 2.1.0 JSON Schema in `../shared/schemas/`, checked with python3's `jsonschema`.
enum SARIFSchema {
    static let url: URL? = {
        guard let url = Repository.shared?.appendingPathComponent("schemas/sarif-schema-2.1.0.json"),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }()

    static let available = url != nil && Python.hasJSONSchema
    static let unavailableNote = "needs ../shared/schemas/sarif-schema-2.1.0.json and python3 with the jsonschema package"

    static let script = """
        import json, sys
        from jsonschema import Draft4Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft4Validator.check_schema(schema)
        validator = Draft4Validator(schema)
        for path in sys.argv[2:]:
            document = json.load(open(path, encoding="utf-8"))
            for error in validator.iter_errors(document):
                where = "/".join(str(part) for part in error.absolute_path)
                print(path.rsplit("/", 1)[-1] + "\\t" + where + ": " + error.message[:300])
        print("checked", len(sys.argv) - 2)
        """

    /// Validates SARIF texts by name; returns the violations, `name<TAB>path: message` each.
    static func violations(of logs: [(name: String, text: String)]) throws -> [String] {
        guard let url else { return ["no schema"] }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, log) in logs.enumerated() {
            let file = directory.appendingPathComponent("\(index)-\(log.name).sarif")
            try Data(log.text.utf8).write(to: file)
            paths.append(file.path)
        }
        let result = try Python.run(["-c", script, url.path] + paths)
        var lines = result.output.split(separator: "\n").map(String.init)
        guard result.status == 0, lines.last == "checked \(logs.count)" else {
            return ["python3 failed (\(result.status)): \(result.output)"]
        }
        lines.removeLast()
        return lines
    }
}

struct SARIFReporterTests {
    static let reporter = SARIFReporter(rules: ReporterTestSupport.rules)

    /// The log as Foundation objects, and its one run.
    static func run(of report: RunReport) throws -> [String: Any] {
        let log = try #require(try ReporterTestSupport.json(reporter.render(report)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    static func results(of report: RunReport) throws -> [[String: Any]] {
        try #require(try run(of: report)["results"] as? [[String: Any]])
    }

    static func location(of result: [String: Any]) throws -> (artifact: [String: Any], region: [String: Int]) {
        let locations = try #require(result["locations"] as? [[String: Any]])
        try #require(locations.count == 1)
        let physical = try #require(locations[0]["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Int])
        return (artifact, region)
    }

    /// A report with every shape of path and range the reporter has to handle.
    static let oddReport = ReporterTestSupport.report(
        [
            ReporterTestSupport.diagnostic(file: "dir/a b+c:d%.yaml", message: "with 100% \"quotes\"\nand a line break"),
            ReporterTestSupport.diagnostic(file: "./x/./y.yaml", line: 1, column: 1, endLine: 1, endColumn: 1),
            ReporterTestSupport.diagnostic(
                file: "/abs/dir/é.yaml", line: 2, column: 3, endLine: 4, endColumn: 1, severity: .info, ruleId: "IST303", ruleName: "import-pending"),
            ReporterTestSupport.diagnostic(file: "<stdin>", severity: .warning, ruleId: "IST999", ruleName: "not-a-rule", object: nil),
            ReporterTestSupport.diagnostic(file: "../up.yaml"),
        ],
        readFailures: [ReadFailure(path: "missing dir/x.yaml", reason: "no such file or directory")])

    @Test(.enabled(if: SARIFSchema.available, "\(SARIFSchema.unavailableNote)"))
    func everyFixtureValidatesAgainstTheSARIFSchema() throws {
        var logs = try FixtureTests.fixtureNames.map { name in
            (name: name, text: Self.reporter.render(try FixtureTests.report(for: name)))
        }
        logs.append((name: "all-fixtures", text: Self.reporter.render(try ReporterTestSupport.allFixturesReport())))
        logs.append((name: "odd-paths", text: Self.reporter.render(Self.oddReport)))
        logs.append((name: "empty-run", text: Self.reporter.render(RunReport(files: [], readFailures: []))))
        let violations = try SARIFSchema.violations(of: logs)
        #expect(violations == [])
    }

    /// The check above means something: the validator refuses what the schema forbids.
    @Test(.enabled(if: SARIFSchema.available, "\(SARIFSchema.unavailableNote)"))
    func schemaCheckRefusesAnInvalidLog() throws {
        let good = Self.reporter.render(try FixtureTests.report(for: "IST201-IST208-tag.yaml"))
        let zeroLine = good.replacingOccurrences(of: "\"startLine\" : 9", with: "\"startLine\" : 0")
        let badLevel = good.replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"severe\"")
        #expect(zeroLine != good && badLevel != good)
        let violations = try SARIFSchema.violations(of: [(name: "zero-line", text: zeroLine), (name: "bad-level", text: badLevel)])
        #expect(violations.contains { $0.hasPrefix("0-zero-line.sarif\t") && $0.contains("startLine") })
        #expect(violations.contains { $0.hasPrefix("1-bad-level.sarif\t") && $0.contains("severe") })
    }

    @Test func logNamesTheSchemaVersionToolAndColumnKind() throws {
        let log = try #require(try ReporterTestSupport.json(Self.reporter.render(RunReport(files: [], readFailures: []))) as? [String: Any])
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let run = try Self.run(of: RunReport(files: [], readFailures: []))
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "istaglint")
        #expect(driver["version"] as? String == ToolInfo.version)
        #expect(driver["informationUri"] as? String == ToolInfo.informationURI)
        let invocations = try #require(run["invocations"] as? [[String: Any]])
        #expect(invocations.count == 1)
        #expect(invocations.first?["executionSuccessful"] as? Bool == true)
        #expect(invocations.first?["toolExecutionNotifications"] == nil)
        #expect((run["results"] as? [Any])?.count == 0)
    }

    @Test func driverDescribesEveryRuleWithItsPage() throws {
        let run = try Self.run(of: RunReport(files: [], readFailures: []))
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalog.all.count)
        for (rule, description) in zip(rules, ReporterTestSupport.rules) {
            #expect(rule["id"] as? String == description.code)
            #expect(rule["name"] as? String == description.name)
            #expect((rule["shortDescription"] as? [String: String])?["text"] == description.summary)
            let full = try #require((rule["fullDescription"] as? [String: String])?["text"])
            #expect(!full.isEmpty && description.rationale.hasPrefix(full) && !full.contains("\n\n"), "\(description.code)")
            let help = try #require(rule["help"] as? [String: String])
            #expect(help["markdown"] == RulePage.markdown(for: description))
            #expect(help["text"]?.hasPrefix("# \(description.code) \(description.name)\n") == true)
            #expect(help["text"]?.contains("<!--") == false)
            let level = (rule["defaultConfiguration"] as? [String: String])?["level"]
            #expect(level == ["error": "error", "warning": "warning", "info": "note"][description.severity.rawValue])
            let properties = try #require(rule["properties"] as? [String: Any])
            let tags = try #require(properties["tags"] as? [String])
            #expect(tags == description.tags + [description.family])
            let securitySeverity = properties["security-severity"] as? String
            if description.tags.contains("security") {
                let score = try #require(securitySeverity.flatMap(Double.init))
                #expect(score > 0 && score <= 10)
            } else {
                #expect(securitySeverity == nil, "\(description.code)")
            }
        }
        let insecureImport = try #require(rules.first { $0["id"] as? String == "IST501" })
        let properties = insecureImport["properties"] as? [String: Any]
        #expect(properties?["tags"] as? [String] == ["security", "security and best practice"])
        #expect(properties?["security-severity"] as? String == "7.5")
        #expect(((insecureImport["fullDescription"] as? [String: String])?["text"])?.hasPrefix("With `insecure: true` the server") == true)
    }

    @Test func knownFixtureResultHasRuleLevelRegionURIAndFingerprint() throws {
        let report = try FixtureTests.report(for: "IST201-IST208-tag.yaml")
        let run = try Self.run(of: report)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 9)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let first = results[0]
        #expect(first["ruleId"] as? String == "IST202")
        let ruleIndex = try #require(first["ruleIndex"] as? Int)
        #expect(rules[ruleIndex]["id"] as? String == "IST202")
        #expect(first["level"] as? String == "error")
        #expect((first["message"] as? [String: String])?["text"] == report.diagnostics[0].message)
        let (artifact, region) = try Self.location(of: first)
        #expect(artifact["uri"] as? String == "Fixtures/IST201-IST208-tag.yaml")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        // `kind: "DockerImage "` on line 9: the quoted scalar starts at column 11 and is 14 characters long.
        #expect(region == ["startLine": 9, "startColumn": 11, "endLine": 9, "endColumn": 25])
        let fingerprints = try #require(first["partialFingerprints"] as? [String: String])
        #expect(fingerprints == ["istaglint/v1": Fingerprint.assign(report.diagnostics)[0]])
        #expect(fingerprints["istaglint/v1"]?.count == 32)
        let properties = try #require(first["properties"] as? [String: Any])
        #expect(properties["fieldPath"] as? String == "tag.from.kind")
        #expect(properties["document"] as? Int == 0)
        #expect((properties["object"] as? [String: String]) == ["kind": "ImageStreamTag", "name": "ruby:3.3"])
        let warning = try #require(results.first { $0["ruleId"] as? String == "IST507" })
        #expect(warning["level"] as? String == "warning")
        #expect(rules[try #require(warning["ruleIndex"] as? Int)]["id"] as? String == "IST507")
        let all = Set(results.compactMap { ($0["partialFingerprints"] as? [String: String])?["istaglint/v1"] })
        #expect(all.count == results.count)
    }

    @Test func infoIsANote() throws {
        let results = try Self.results(of: try FixtureTests.report(for: "IST301-IST310-generation-and-status.yaml"))
        let pending = try #require(results.first { $0["ruleId"] as? String == "IST302" })
        #expect(pending["level"] as? String == "note")
    }

    @Test func fingerprintsStayWhenLinesMoveButRegionsFollow() throws {
        let text = try ReporterTestSupport.fixtureText("IST201-IST208-tag.yaml")
        let before = try Self.results(of: ReporterTestSupport.report(linting: text, file: "manifests/tags.yaml"))
        let after = try Self.results(of: ReporterTestSupport.report(linting: "\n\n" + text, file: "manifests/tags.yaml"))
        #expect(before.count == 9 && after.count == before.count)
        let fingerprints = { (results: [[String: Any]]) in results.map { ($0["partialFingerprints"] as? [String: String])?["istaglint/v1"] ?? "" } }
        #expect(fingerprints(before) == fingerprints(after))
        #expect(Set(fingerprints(before)).count == 9)
        for (old, new) in zip(before, after) {
            let oldRegion = try Self.location(of: old).region
            let newRegion = try Self.location(of: new).region
            #expect(newRegion["startLine"] == (oldRegion["startLine"] ?? 0) + 2)
            #expect(newRegion["startColumn"] == oldRegion["startColumn"])
        }
        // A different file is a different finding.
        let elsewhere = try Self.results(of: ReporterTestSupport.report(linting: text, file: "other/tags.yaml"))
        #expect(Set(fingerprints(elsewhere)).isDisjoint(with: fingerprints(before)))
    }

    @Test func columnsCountCodePoints() throws {
        let results = try Self.results(of: try FixtureTests.report(for: "crlf-non-ascii.yaml"))
        // `name: "日本:v1"` on line 10: the stream part 日本 is two code points (six bytes) from column 10.
        let stream = try #require(results.last { $0["ruleId"] as? String == "IST107" })
        #expect(try Self.location(of: stream).region == ["startLine": 10, "startColumn": 10, "endLine": 10, "endColumn": 12])
    }

    @Test func pathsBecomeValidURIs() throws {
        let results = try Self.results(of: Self.oddReport)
        let artifacts = try results.map { try Self.location(of: $0).artifact }
        #expect(artifacts[0]["uri"] as? String == "dir/a%20b%2Bc%3Ad%25.yaml")
        #expect(artifacts[0]["uriBaseId"] as? String == "%SRCROOT%")
        #expect(artifacts[1]["uri"] as? String == "x/y.yaml")
        #expect(artifacts[2]["uri"] as? String == "file:///abs/dir/%C3%A9.yaml")
        #expect(artifacts[2]["uriBaseId"] == nil)
        #expect(artifacts[3]["uri"] as? String == "%3Cstdin%3E")
        #expect(artifacts[3]["uriBaseId"] as? String == "%SRCROOT%")
        #expect(artifacts[4]["uri"] as? String == "../up.yaml")
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/%:")
        for artifact in artifacts {
            let uri = try #require(artifact["uri"] as? String)
            #expect(uri.allSatisfy { allowed.contains($0) }, "\(uri)")
            #expect(!uri.hasPrefix("file:") || uri.hasPrefix("file:///"), "\(uri)")
            #expect(uri.hasPrefix("file:") || !uri.contains(":"), "\(uri)")
        }
        let run = try Self.run(of: Self.oddReport)
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
        #expect(bases["%SRCROOT%"]?["description"] != nil)
    }

    @Test func emptyAndMultiLineRangesAreValidRegions() throws {
        let results = try Self.results(of: Self.oddReport)
        #expect(try Self.location(of: results[1]).region == ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1])
        #expect(try Self.location(of: results[2]).region == ["startLine": 2, "startColumn": 3, "endLine": 4, "endColumn": 1])
        #expect(results[2]["level"] as? String == "note")
        // A rule the driver does not describe keeps its id but has no index.
        #expect(results[3]["ruleId"] as? String == "IST999")
        #expect(results[3]["ruleIndex"] == nil)
        #expect((results[0]["message"] as? [String: String])?["text"] == "with 100% \"quotes\"\nand a line break")
    }

    @Test func unreadablePathsAreToolNotifications() throws {
        let run = try Self.run(of: Self.oddReport)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect(notifications[0]["level"] as? String == "error")
        #expect((notifications[0]["message"] as? [String: String])?["text"] == "cannot read missing dir/x.yaml: no such file or directory")
        let location = (notifications[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: String])?["uri"] == "missing%20dir/x.yaml")
    }

    @Test func outputIsSortedAndSlashesAreNotEscaped() throws {
        let output = Self.reporter.render(try FixtureTests.report(for: "IST201-IST208-tag.yaml"))
        #expect(output.contains("\"uri\" : \"Fixtures/IST201-IST208-tag.yaml\""))
        #expect(!output.contains("\\/"))
        #expect(output.hasSuffix("}\n"))
        let schemaIndex = try #require(output.range(of: "\"$schema\""))
        let runsIndex = try #require(output.range(of: "\"runs\""))
        #expect(schemaIndex.lowerBound < runsIndex.lowerBound)
    }
}
