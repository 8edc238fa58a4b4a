import Foundation
import IstagLintKit
import Testing

/// `--fix`, `--diff` and `--unsafe-fixes` on the command line. Each fixable rule's fixture in
/// `Fixtures/fix/` has its goldens beside it: `CODE.diff` and `CODE.unsafe.diff` (what `--diff`
/// prints, without and with `--unsafe-fixes`) and `CODE.after` and `CODE.unsafe.after` (the
/// file after `--fix`).
struct FixCLITests {
    static let directory = CLI.root.appendingPathComponent("Fixtures/fix")
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()

    static func compare(_ actual: String, withGolden name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = directory.appendingPathComponent(name)
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        if Recording.current.records(golden: expected, actual: actual) || expected == nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            if expected == nil { Issue.record("recorded missing golden \(golden.path)", sourceLocation: sourceLocation) }
            return
        }
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    @Test func everyFixableRuleHasAFixture() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases)
    func diffAndFixGiveTheRecordedText(_ code: String) throws {
        let before = try String(contentsOf: Self.directory.appendingPathComponent("\(code).yaml"), encoding: .utf8)
        for (flags, suffix) in [([String](), ""), (["--unsafe-fixes"], ".unsafe")] {
            let project = try Project(["\(code).yaml": before])
            defer { project.remove() }
            let diff = try project.run(["--no-config", "--diff"] + flags + ["\(code).yaml"])
            #expect(diff.status == (diff.stdout.isEmpty ? 0 : 1))
            #expect(try String(contentsOf: URL(fileURLWithPath: project.path("\(code).yaml")), encoding: .utf8) == before, "--diff changed the file")
            try Self.compare(diff.stdout, withGolden: "\(code)\(suffix).diff")
            let fixed = try project.run(["--no-config", "--quiet", "--fix"] + flags + ["\(code).yaml"])
            #expect(fixed.status != 2, "\(fixed.stderr)")
            let after = try String(contentsOf: URL(fileURLWithPath: project.path("\(code).yaml")), encoding: .utf8)
            try Self.compare(after, withGolden: "\(code)\(suffix).after")
            // Fixed once, there is nothing left to fix.
            let again = try project.run(["--no-config", "--diff"] + flags + ["\(code).yaml"])
            #expect(again.status == 0)
            #expect(again.stdout == "")
            #expect(again.stderr.hasSuffix("istaglint: nothing to fix\n"))
        }
    }

    @Test func standardInputsFixedTextGoesToStandardOutput() throws {
        let outcome = try CLI.run(["--no-config", "--fix", "-"], input: Data(Project.legacy.utf8))
        #expect(outcome.stdout == Project.legacy.replacingOccurrences(of: "apiVersion: v1", with: "apiVersion: image.openshift.io/v1"))
        #expect(outcome.stderr.contains("<stdin>:2:1: warning: this ImageStreamTag has no tag"))
        #expect(outcome.stderr.contains("0 errors, 1 warning, 0 infos remaining, 1 fixed"))
        #expect(outcome.status == 0)
    }

    @Test func aFixedFileKeepsItsModeAndALinkStaysALink() throws {
        let project = try Project(["real.yaml": Project.legacy])
        defer { project.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: project.path("real.yaml"))
        try FileManager.default.createSymbolicLink(atPath: project.path("link.yaml"), withDestinationPath: "real.yaml")
        let outcome = try project.run(["--no-config", "--fix", "-f", "json", "link.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("\"fixed\" : 1"))
        let attributes = try FileManager.default.attributesOfItem(atPath: project.path("real.yaml"))
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect((try FileManager.default.attributesOfItem(atPath: project.path("link.yaml"))[.type] as? FileAttributeType) == .typeSymbolicLink)
        #expect(try String(contentsOf: URL(fileURLWithPath: project.path("real.yaml")), encoding: .utf8).hasPrefix("apiVersion: image.openshift.io/v1\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.root.path).sorted() == ["link.yaml", "real.yaml"])
    }

    @Test func aFileThatChangedSinceItWasReadIsLeftAlone() throws {
        let project = try Project(["a.yaml": "edited meanwhile\n"])
        defer { project.remove() }
        let failure = FileReplacer.replace(InputPath(project.path("a.yaml")), expecting: Array(Project.legacy.utf8), with: Array("fixed\n".utf8))
        #expect(failure == "the file changed since it was read; it is left as it is")
        #expect(try String(contentsOf: URL(fileURLWithPath: project.path("a.yaml")), encoding: .utf8) == "edited meanwhile\n")
    }

    @Test func aFileThatDoesNotParseIsNotTouched() throws {
        let broken = Project.legacy + "tag: [\n"
        let project = try Project(["a.yaml": broken])
        defer { project.remove() }
        let outcome = try project.run(["--no-config", "--fix", "--unsafe-fixes", "a.yaml"])
        #expect(outcome.status == 1)
        #expect(try String(contentsOf: URL(fileURLWithPath: project.path("a.yaml")), encoding: .utf8) == broken)
        #expect(outcome.stdout.contains("remaining, 0 fixed"))
    }

    @Test(arguments: [
        (["--fix", "--diff", "a.yaml"], "--fix and --diff contradict each other"),
        (["--unsafe-fixes", "a.yaml"], "--unsafe-fixes needs --fix or --diff"),
        (["--fix", "--write-baseline", "b.json", "a.yaml"], "--write-baseline records findings; it does not fix them"),
    ])
    func contradictoryOptionsAreRefused(_ arguments: [String], _ message: String) throws {
        let outcome = try CLI.run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(message))
    }
}
