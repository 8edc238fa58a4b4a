import IstagLintKit
import Testing

/// `Baseline.filter` over a whole run and `BaselineFilter` file by file, as a streamed run
/// applies it, keep the same findings.
struct BaselineFilterTests {
    private let legacy = Array("apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n".utf8)
    private let worse = Array("apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a\n".utf8)

    @Test func theWholeRunAndTheStreamedFilesKeepTheSameFindings() throws {
        // Standard input named like a linted file: that name's findings are numbered over the run.
        let recorded = RunReport(files: [Linter().lint(legacy, file: "a.yaml"), Linter().lint(legacy, file: "b.yaml")], readFailures: [])
        let baseline = try Baseline.decode(Array(Baseline(recorded).encoded().utf8))
        let today = RunReport(
            files: [Linter().lint(legacy, file: "a.yaml"), Linter().lint(worse, file: "b.yaml"), Linter().lint(legacy, file: "a.yaml")],
            readFailures: [ReadFailure(path: "gone.yaml", reason: "no such file or directory")])
        let whole = baseline.filter(today, standardInputName: "a.yaml")
        var filter = BaselineFilter(baseline, standardInputName: "a.yaml")
        let streamed = today.files.map { filter.filter($0) }
        #expect(whole.files.map { Array($0.diagnostics) } == streamed.map { Array($0.diagnostics) })
        // The second a.yaml repeats findings the baseline holds once; b.yaml's new finding stays.
        #expect(whole.files[0].diagnostics.isEmpty)
        #expect(!whole.files[1].diagnostics.isEmpty)
        #expect(whole.files[2].diagnostics.count == today.files[2].diagnostics.count)
        #expect(whole.readFailures == today.readFailures)
        #expect(whole.summary.files == today.summary.files)
    }
}
