import Foundation
import Testing

/// Standard input, directories, missing paths, and the promise never to write to inputs.
struct InputTests {
    private let legacy = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\ntag:\n  from: {kind: DockerImage, name: quay.io/a/b:1}\n"

    @Test func standardInputIsLintedUnderItsGivenName() throws {
        let outcome = try CLI.run(["--stdin-filename", "k8s/ruby.yaml", "-"], input: Data(legacy.utf8))
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("k8s/ruby.yaml:1:13: error:"))
        let unnamed = try CLI.run(["-"], input: Data(legacy.utf8))
        #expect(unnamed.stdout.hasPrefix("<stdin>:1:13: error:"))
    }

    @Test func directoriesAreWalkedInOrderForYAMLAndJSONHiddenOnesToo() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("b/nested"), withIntermediateDirectories: true)
        try manager.createDirectory(at: directory.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in ["a.yaml", "b/nested/c.yml", "b/d.json", "b/e.txt", ".hidden/f.yaml", "B.YAML"] {
            try Data(legacy.utf8).write(to: directory.appendingPathComponent(name))
        }
        let outcome = try CLI.run(["--quiet", "."], in: directory)
        #expect(outcome.status == 1)
        let files = outcome.stdout.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
        #expect(files == ["B.YAML", "a.yaml", ".hidden/f.yaml", "b/d.json", "b/nested/c.yml"])
    }

    @Test func aFileNamedExplicitlyIsReadWhateverItsExtension() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("manifest.txt"))
        let outcome = try CLI.run(["--quiet", "manifest.txt"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("manifest.txt:1:13:"))
    }

    @Test func missingPathExitsTwoAfterLintingTheRest() throws {
        let outcome = try CLI.run(["Fixtures/no-such-file.yaml", "Fixtures/legacy-api-version.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "istaglint: cannot read Fixtures/no-such-file.yaml: no such file or directory\n")
        #expect(outcome.stdout.contains("Fixtures/legacy-api-version.yaml:1:13: error:"))
        #expect(outcome.stdout.contains("1 path unreadable"))
    }

    @Test func theSameFileNamedTwiceIsLintedOnce() throws {
        let outcome = try CLI.run(["--quiet", "Fixtures/legacy-api-version.yaml", "./Fixtures/legacy-api-version.yaml"])
        #expect(outcome.stdout.split(separator: "\n").count == 1)
    }

    @Test func inputsAreNeverWritten() throws {
        let directory = CLI.root.appendingPathComponent("Fixtures")
        let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? [])
            .map { directory.appendingPathComponent($0) }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
        #expect(files.count > 20)
        func snapshot() throws -> [(Data, Date?)] {
            try files.map { (try Data(contentsOf: $0), try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) }
        }
        let before = try snapshot()
        _ = try CLI.run(["Fixtures/"])
        _ = try CLI.run(["--format", "json", "Fixtures/"])
        let after = try snapshot()
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
    }
}

/// `--output`: the report goes to a file, the summary to standard error.
struct OutputFileTests {
    @Test func reportGoesToTheFileAndTheSummaryToStandardError() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("report.sarif")
        let outcome = try CLI.run(["--format", "sarif", "--output", file.path, "Fixtures/legacy-api-version.yaml"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "1 file, 1 object: 1 error, 0 warnings, 0 infos\n")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains("\"ruleId\" : \"IST004\""))
    }

    @Test func unwritableOutputExitsTwo() throws {
        let outcome = try CLI.run(["--output", "/nonexistent-directory/report.txt", "Fixtures/careful-pinned-digest.yaml"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "istaglint: cannot write the report to /nonexistent-directory/report.txt: no such file or directory\n")
    }

    /// The file gets the bytes standard output would, in every format, with unreadable paths.
    @Test(arguments: ["text", "json", "sarif", "github", "gitlab", "junit"])
    func fileHoldsWhatStandardOutputShows(_ format: String) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("report.out")
        let arguments = ["--format", format, "Fixtures/", "missing/none.yaml"]
        let standard = try CLI.run(arguments)
        let written = try CLI.run(["--output", file.path] + arguments)
        #expect(standard.status == 2 && written.status == 2)
        #expect(written.stdout == "")
        #expect(try Data(contentsOf: file) == Data(standard.stdout.utf8))
        #expect(written.stderr.hasSuffix("istaglint: cannot read missing/none.yaml: no such file or directory\n"))
        #expect(written.stderr.contains(" files, "))
    }

    /// The report file is created before the inputs are linted: a walk that comes upon it
    /// (a Code Quality report written into the folder linted) leaves it alone.
    @Test func reportInsideTheFolderLintedIsLeftAlone() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n"
        try Data(manifest.utf8).write(to: directory.appendingPathComponent("tag.yaml"))
        for format in ["gitlab", "junit"] {
            let report = directory.appendingPathComponent("a-report-\(format).json")
            let outcome = try CLI.run(["--format", format, "--output", report.path, "--jobs", "1", "."], in: directory)
            #expect(outcome.status == 1)
            #expect(outcome.stderr.hasPrefix("1 file, 1 object: "), "\(format): \(outcome.stderr)")
            #expect(!(try String(contentsOf: report, encoding: .utf8)).contains("a-report"))
            try FileManager.default.removeItem(at: report)
        }
    }

    /// An input with findings, and a clean one, whose report is dropped early: the check must
    /// not depend on the report. Named directly, or found by walking a directory.
    @Test(arguments: [
        "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n",
        "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.4\ntag:\n  from:\n    kind: ImageStreamTag\n    name: ruby:3.4-base\n",
    ])
    func outputOverAnInputIsRefused(_ text: String) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.yaml")
        try Data(text.utf8).write(to: input)
        for arguments in [[input.path], [directory.path], ["--format", "sarif", directory.path]] {
            let outcome = try CLI.run(["--output", input.path] + arguments)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr.contains("is one of the files being linted"), "\(arguments)")
            #expect(try String(contentsOf: input, encoding: .utf8) == text, "\(arguments)")
        }
    }
}

/// The report is written file by file in input order, whatever the number of jobs.
struct StreamedReportTests {
    private let clean =
        "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.4\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.4}\n"
    private let legacy = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.4\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.4}\n"

    @Test func findingsFollowTheInputOrderWithOneJobAndWithFour() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var expected: [String] = []
        for index in 0..<400 {
            let name = String(format: "f%04d.yaml", (index * 211) % 400)
            let hasFinding = index % 5 == 0
            // Each clean file its own tag: the same tag in two files is a finding (IST212).
            let content = hasFinding ? legacy : clean.replacingOccurrences(of: "ruby:3.4", with: "ruby:v\(index)")
            try Data(content.utf8).write(to: directory.appendingPathComponent(name))
            if hasFinding { expected.append(name) }
        }
        expected.sort()
        var outputs: [String] = []
        for jobs in ["1", "4"] {
            for format in ["text", "github"] {
                let outcome = try CLI.run(["--quiet", "--jobs", jobs, "--format", format, "."], in: directory)
                #expect(outcome.status == 1)
                let files = outcome.stdout.split(separator: "\n").map { line in
                    String(line.replacingOccurrences(of: "::error file=", with: "").prefix { $0 != ":" && $0 != "," })
                }
                #expect(files == expected, "--jobs \(jobs) --format \(format)")
                outputs.append(outcome.stdout)
            }
            let summary = try CLI.run(["--jobs", jobs, "."], in: directory)
            #expect(summary.stdout.hasSuffix("400 files, 400 objects: 80 errors, 0 warnings, 0 infos\n"))
        }
        #expect(outputs[0] == outputs[2])
        #expect(outputs[1] == outputs[3])
    }
}
