import Foundation
import IstagLintKit
import Testing

/// An output that keeps every piece a reporter writes, to see how it writes.
struct PieceRecorder: TextOutputStream {
    var pieces: [String] = []

    mutating func write(_ string: String) {
        pieces.append(string)
    }

    /// The pieces joined.
    var text: String { pieces.joined() }
    /// The size of the largest piece, in bytes.
    var largest: Int { pieces.map(\.utf8.count).max() ?? 0 }
}

/// Reporters write piece by piece, about one diagnostic at a time, and a report streamed file
/// by file is the report `render` gives.
struct StreamingReporterTests {
    static let formats = ["text", "text-quiet", "json", "sarif", "github", "gitlab"]

    static func reporter(_ format: String) -> any StreamingReporter {
        switch format {
        case "text": return TextReporter()
        case "text-quiet": return TextReporter(quiet: true)
        case "json": return JSONReporter()
        case "sarif": return SARIFReporter(rules: ReporterTestSupport.rules)
        case "github": return GitHubReporter()
        default: return GitLabReporter(rules: ReporterTestSupport.rules)
        }
    }

    /// One file with 10 000 findings: an annotation key the server refuses, 10 000 times.
    static let tenThousandFindings: RunReport = {
        var text = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: app:v1\n  annotations:\n"
        for index in 0..<10_000 { text += "    -bad\(index): v\n" }
        text += "tag:\n  from: {kind: DockerImage, name: quay.io/example/app:1.0}\n"
        var linter = Linter()
        linter.maxFindingsPerFile = 20_000
        return RunReport(files: [linter.lint(Array(text.utf8), file: "many.yaml")], readFailures: [])
    }()

    /// Several files, one without findings, one name twice (standard input named as a file
    /// that is linted too, so their fingerprints are numbered together), and unreadable paths.
    static func mixedRun() throws -> RunReport {
        let fixtures = try ReporterTestSupport.allFixturesReport().files
        let clean = FileReport(file: "clean.yaml", diagnostics: [], documentCount: 1, objects: [], skippedDocumentCount: 0)
        let other = FileReport(
            file: "tsconfig.json", diagnostics: [], documentCount: 0, objects: [], skippedDocumentCount: 0,
            notManifestReason: "json with comments (\"//\" on line 2), and it names no ImageStreamTag")
        let again = try FixtureTests.report(for: "IST201-IST208-tag.yaml").files
        let odd = ReporterTestSupport.report([
            ReporterTestSupport.diagnostic(file: "./odd/ctl.yaml", message: "value \"a\u{85}b\u{2028}c\u{7F}\" with controls, a / and a \\")
        ]).files
        return RunReport(
            files: Array(fixtures.prefix(3)) + [clean, other] + again + odd + Array(fixtures.dropFirst(3)),
            readFailures: [
                ReadFailure(path: "missing/a.yaml", reason: "no such file or directory"), ReadFailure(path: "b\u{1B}.yaml", reason: "permission denied"),
            ])
    }

    /// The report written part by part, as the command line writes it.
    static func streamed(_ report: RunReport, with reporter: any StreamingReporter, sharedNames: Set<String> = []) -> PieceRecorder {
        var output = PieceRecorder()
        var progress = StreamProgress(sharedNames: sharedNames)
        reporter.writeOpening(to: &output)
        for file in report.files { reporter.write(file: file, progress: &progress, to: &output) }
        reporter.writeClosing(summary: report.summary, readFailures: report.readFailures, progress: progress, to: &output)
        return output
    }

    @Test(arguments: formats)
    func aFileIsWrittenADiagnosticAtATime(_ format: String) throws {
        let file = try #require(try FixtureTests.report(for: "IST201-IST208-tag.yaml").files.first)
        #expect(file.diagnostics.count == 9)
        var output = PieceRecorder()
        var progress = StreamProgress()
        Self.reporter(format).write(file: file, progress: &progress, to: &output)
        #expect(output.pieces.count >= file.diagnostics.count)
        #expect(progress.diagnosticsWritten == file.diagnostics.count)
    }

    @Test(arguments: formats)
    func tenThousandFindingsAreWrittenInSmallPieces(_ format: String) throws {
        let file = try #require(Self.tenThousandFindings.files.first)
        #expect(file.diagnostics.count > 10_000)
        var output = PieceRecorder()
        var progress = StreamProgress()
        Self.reporter(format).write(file: file, progress: &progress, to: &output)
        #expect(output.pieces.count >= 10_000)
        #expect(output.largest < 4_096, "\(format): a piece of \(output.largest) bytes")
    }

    @Test func junitWritesTenThousandFindingsInSmallPieces() {
        for severity in [Severity.info, .error] {
            var output = PieceRecorder()
            JUnitReporter(failingSeverity: severity).write(Self.tenThousandFindings, to: &output)
            #expect(output.pieces.count >= 10_000)
            #expect(output.largest < 4_096, "a piece of \(output.largest) bytes")
            #expect(XMLElements.parse(output.text).error == nil)
        }
    }

    @Test(arguments: formats)
    func partsGiveTheRenderedReport(_ format: String) throws {
        let report = try Self.mixedRun()
        let reporter = Self.reporter(format)
        let rendered = reporter.render(report)
        let streamed = Self.streamed(report, with: reporter, sharedNames: ["Fixtures/IST201-IST208-tag.yaml"])
        #expect(streamed.text == rendered)
        #expect(streamed.pieces.count >= report.diagnostics.count)
        if ["json", "sarif", "gitlab"].contains(format) { _ = try ReporterTestSupport.json(streamed.text) }
    }

    @Test(arguments: formats)
    func emptyRunsAreTheRenderedReport(_ format: String) throws {
        let reporter = Self.reporter(format)
        for report in [
            RunReport(files: [], readFailures: []), RunReport(files: [], readFailures: [ReadFailure(path: "x.yaml", reason: "no such file or directory")]),
        ] {
            #expect(Self.streamed(report, with: reporter).text == reporter.render(report))
            if ["json", "sarif", "gitlab"].contains(format) { _ = try ReporterTestSupport.json(reporter.render(report)) }
        }
    }

    // MARK: - The JSON formats are what a whole-document encoder writes

    /// The whole JSON report as one `JSONEncoder` call writes it.
    struct WholeJSONReport: Encodable {
        struct Tool: Encodable {
            var name = ToolInfo.name
            var version = ToolInfo.version
        }

        var version = 1
        var tool = Tool()
        var diagnostics: [Diagnostic]
        var notManifests: [NotManifest]
        var unreadable: [ReadFailure]
        var summary: Summary
    }

    /// A Code Quality issue as the GitLab format documents it.
    struct WholeGitLabIssue: Encodable {
        struct Location: Encodable {
            var path: String
            var lines: [String: Int]
        }

        var type = "issue"
        var checkName: String
        var description: String
        var categories: [String]
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type
            case checkName = "check_name"
            case description, categories, fingerprint, severity, location
        }
    }

    static func wholeDocument(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return DisplayText.jsonText(try encoder.encode(value)) + "\n"
    }

    static let runs: [RunReport] = {
        var runs = [RunReport(files: [], readFailures: [])]
        runs.append(RunReport(files: [], readFailures: [ReadFailure(path: "x/y.yaml", reason: "no such file or directory")]))
        if let mixed = try? mixedRun() { runs.append(mixed) }
        return runs
    }()

    @Test func jsonIsWhatOneEncoderCallWrites() throws {
        for report in Self.runs {
            let notManifests = report.files.compactMap { file in file.notManifestReason.map { NotManifest(path: file.file, reason: $0) } }
            let whole = WholeJSONReport(diagnostics: report.diagnostics, notManifests: notManifests, unreadable: report.readFailures, summary: report.summary)
            #expect(JSONReporter().render(report) == (try Self.wholeDocument(whole)))
        }
    }

    @Test func gitLabIsWhatOneEncoderCallWrites() throws {
        let security = Set(ReporterTestSupport.rules.filter { $0.tags.contains("security") }.map(\.code))
        for report in Self.runs {
            let diagnostics = report.diagnostics
            let issues = zip(diagnostics, Fingerprint.assign(diagnostics)).map { diagnostic, fingerprint in
                let start = diagnostic.range.start
                let end = diagnostic.range.end
                let last = end.line > start.line && end.column <= 1 ? end.line - 1 : end.line
                let path = diagnostic.file.hasPrefix("./") ? String(diagnostic.file.dropFirst(2)) : diagnostic.file
                return WholeGitLabIssue(
                    checkName: diagnostic.ruleId, description: "\(diagnostic.message) [\(diagnostic.ruleId)]",
                    categories: [security.contains(diagnostic.ruleId) ? "Security" : "Bug Risk"], fingerprint: fingerprint,
                    severity: GitLabReporter.severity(diagnostic.severity),
                    location: .init(path: path, lines: ["begin": max(1, start.line), "end": max(max(1, start.line), last)]))
            }
            #expect(GitLabReporter(rules: ReporterTestSupport.rules).render(report) == (try Self.wholeDocument(issues)))
        }
    }

    /// A name reported twice numbers its repeated fingerprints across both files, as the
    /// whole run does; other files start from zero.
    @Test func fingerprintsAreNumberedAsTheWholeRunNumbersThem() throws {
        let report = try Self.mixedRun()
        var numbering = FingerprintNumbering(sharedNames: ["Fixtures/IST201-IST208-tag.yaml"])
        let streamed = report.diagnostics.map { numbering.fingerprint(of: $0) }
        #expect(streamed == Fingerprint.assign(report.diagnostics))
        #expect(streamed.contains { $0.hasSuffix(":2") })
        var unshared = FingerprintNumbering()
        #expect(report.diagnostics.map { unshared.fingerprint(of: $0) } != streamed)
    }
}
