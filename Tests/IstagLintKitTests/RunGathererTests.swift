import IstagLintKit
import Testing

/// A `RunGatherer` keeps the files it is asked to, counts every file, and puts the paths that
/// could not be used before the files that could not be read.
struct RunGathererTests {
    private let finding = Linter().lint(Array("apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n".utf8), file: "finding.yaml")
    private let clean = Linter().lint(Array("kind: ConfigMap\n".utf8), file: "clean.yaml")
    private let notManifest = Linter().lint(Array("{ // a comment\n  \"a\": 1 }\n".utf8), file: "settings.json")

    private func gathered(keeping: RunGatherer.Keeping) -> RunReport {
        var gatherer = RunGatherer(keeping: keeping)
        gatherer.add(.success(clean))
        gatherer.add(.failure(ReadFailure(path: "late.yaml", reason: "input/output error")))
        gatherer.add(.success(finding))
        gatherer.add(notManifest)
        return gatherer.report(unusable: [ReadFailure(path: "missing.yaml", reason: "no such file or directory")])
    }

    @Test func eachKeepingKeepsItsFilesAndCountsThemAll() {
        #expect(!finding.diagnostics.isEmpty && clean.diagnostics.isEmpty && notManifest.notManifestReason != nil)
        let expected: [(RunGatherer.Keeping, [String])] = [
            (.noFile, []), (.filesToReport, ["finding.yaml", "settings.json"]), (.everyFile, ["clean.yaml", "finding.yaml", "settings.json"]),
        ]
        for (keeping, files) in expected {
            let report = gathered(keeping: keeping)
            #expect(report.files.map(\.file) == files, "\(keeping)")
            #expect(report.readFailures.map(\.path) == ["missing.yaml", "late.yaml"], "\(keeping)")
            #expect(report.summary == gathered(keeping: .everyFile).summary, "\(keeping)")
            #expect(report.summary.files == 3 && report.summary.unreadable == 2 && report.summary.notManifests == 1, "\(keeping)")
            #expect(report.summary.errors + report.summary.warnings + report.summary.infos == finding.diagnostics.count, "\(keeping)")
        }
    }
}
