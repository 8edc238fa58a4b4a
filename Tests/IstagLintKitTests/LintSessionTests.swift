import Foundation
import IstagLintKit
import Testing

/// A session delivers every file's outcome in input order whatever the number of jobs, and
/// keeps the same report as a run that collects everything.
struct LintSessionTests {
    private let clean =
        "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.4\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.4}\n"
    private let legacy = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.4\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.4}\n"

    /// A directory of `count` files, every seventh with a finding; the paths in walk order.
    private func project(count: Int) throws -> (URL, [String]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("nested"), withIntermediateDirectories: true)
        var paths: [String] = []
        for index in 0..<count {
            let name = String(format: "%04d.yaml", (index * 389) % count)
            // Each clean file its own tag: the same tag in two files is a finding (IST212).
            let content = index % 7 == 0 ? legacy : clean.replacingOccurrences(of: "ruby:3.4", with: "ruby:v\(index)")
            try Data(content.utf8).write(to: directory.appendingPathComponent(name))
            paths.append(name)
        }
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("nested/last.yaml"))
        return (directory, paths.sorted() + ["nested/last.yaml"])
    }

    /// A session whose paths are spelled relative to `directory`.
    private func session(jobs: Int, in directory: URL) -> LintSession {
        LintSession(configuration: Configuration(baseDirectory: "/"), linter: Linter(), workingDirectory: directory.path, jobs: jobs)
    }

    @Test(arguments: [1, 2, 4])
    func outcomesAreDeliveredInInputOrder(jobs: Int) throws {
        let (directory, expected) = try project(count: 300)
        defer { try? FileManager.default.removeItem(at: directory) }
        var delivered: [String] = []
        var withFindings: [String] = []
        let unusable = session(jobs: jobs, in: directory).run(
            paths: [directory.path, directory.path + "/missing.yaml"], standardInputName: "<stdin>", readStandardInput: { .success(.bytes([])) },
            deliver: { outcome in
                guard case .success(let report) = outcome else { return }
                delivered.append(report.file)
                if !report.diagnostics.isEmpty { withFindings.append(report.file) }
            })
        #expect(delivered == expected)
        #expect(withFindings.count == 44)
        #expect(withFindings == expected.filter { withFindings.contains($0) })
        #expect(unusable == [ReadFailure(path: "missing.yaml", reason: "no such file or directory")])
    }

    @Test func theCollectedReportIsTheSameWhateverTheJobs() throws {
        let (directory, _) = try project(count: 120)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = [1, 4].map { jobs in
            session(jobs: jobs, in: directory).run(
                paths: ["-", directory.path], standardInputName: "in.yaml", readStandardInput: { .success(.bytes(Array(legacy.utf8))) })
        }
        #expect(reports[0].files.map(\.file) == reports[1].files.map(\.file))
        #expect(reports[0].files.first?.file == "in.yaml")
        #expect(reports[0].summary == reports[1].summary)
        #expect(reports[0].summary.files == 122)
    }

    /// The gathering run is the streaming run gathered: the same files in the same order, the
    /// clean ones only counted unless the linter records objects, the unusable paths before
    /// the files that could not be read, and the same counts.
    @Test(arguments: [(1, false), (4, false), (1, true), (4, true)])
    func theGatheringRunIsTheStreamingRunGathered(jobs: Int, recordsObjects: Bool) throws {
        let (directory, _) = try project(count: 40)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{ // a comment\n  \"a\": 1 }\n".utf8).write(to: directory.appendingPathComponent("nested/settings.json"))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("nested/gone.yaml").path, withDestinationPath: "nowhere.yaml")
        var linter = Linter()
        linter.recordsObjects = recordsObjects
        let session = LintSession(configuration: Configuration(baseDirectory: "/"), linter: linter, workingDirectory: directory.path, jobs: jobs)
        let paths = ["-", directory.path, directory.path + "/missing.yaml"]
        let input: () -> Result<FileReader.Contents, ReadFailure> = { .success(.bytes(Array(self.legacy.utf8))) }
        var streamed: [FileReport] = []
        var failures: [ReadFailure] = []
        let unusable = session.run(paths: paths, standardInputName: "in.yaml", readStandardInput: input) { outcome in
            switch outcome {
            case .success(let report): streamed.append(report)
            case .failure(let failure): failures.append(failure)
            }
        }
        let gathered = session.run(paths: paths, standardInputName: "in.yaml", readStandardInput: input)

        // A broken link found walking is a path that cannot be used, like a missing one.
        #expect(unusable.map(\.path) == ["nested/gone.yaml", "missing.yaml"])
        #expect(streamed.contains { $0.notManifestReason != nil })
        let kept = recordsObjects ? streamed : streamed.filter { !$0.diagnostics.isEmpty || $0.notManifestReason != nil }
        #expect(kept.count < streamed.count || recordsObjects)
        #expect(gathered.files.map(\.file) == kept.map(\.file))
        #expect(gathered.files.map { Array($0.diagnostics) } == kept.map { Array($0.diagnostics) })
        #expect(gathered.files.map(\.notManifestReason) == kept.map(\.notManifestReason))
        #expect(gathered.readFailures == unusable + failures)
        var summary = Summary()
        for report in streamed { summary.count(report) }
        summary.unreadable = unusable.count + failures.count
        #expect(gathered.summary == summary)
        #expect(gathered.summary.files == streamed.count)
    }
}
