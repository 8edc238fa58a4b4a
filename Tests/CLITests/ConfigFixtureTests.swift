import Foundation
import Testing

/// Each folder under `Fixtures/config/` is a small project: a `.istaglint.yaml`, manifests,
/// optional command-line arguments in `args` (one per line, default `.`), and the expected
/// exit code, standard output and standard error in `expected.txt`
/// (ISTAGLINT_RECORD=1 re-records them all, ISTAGLINT_RECORD=IST203 those that show an IST203).
struct ConfigFixtureTests {
    static let directory = CLI.root.appendingPathComponent("Fixtures/config")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreConfigurationFixtures() {
        #expect(Self.cases.count >= 7)
    }

    @Test(arguments: cases)
    func runGivesTheRecordedOutput(_ name: String) throws {
        let folder = Self.directory.appendingPathComponent(name)
        let argsFile = folder.appendingPathComponent("args")
        let arguments =
            (try? String(contentsOf: argsFile, encoding: .utf8))
            .map { $0.split(separator: "\n").map(String.init) } ?? ["."]
        let outcome = try CLI.run(arguments, in: folder)
        let actual = "exit \(outcome.status)\n\(outcome.stdout)--- stderr\n\(outcome.stderr)"
        let golden = folder.appendingPathComponent("expected.txt")
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        if Recording.current.records(golden: expected, actual: actual) || expected == nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            if expected == nil { Issue.record("recorded missing golden \(golden.path)") }
            return
        }
        #expect(actual == expected)
    }
}
