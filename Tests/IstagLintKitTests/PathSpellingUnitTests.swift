import Foundation
import IstagLintKit
import Testing

/// The one spelling of a path: relative inside the working directory, absolute outside it,
/// `..` removed only where that is the same folder.
struct PathSpellingUnitTests {
    private let manager = FileManager.default

    @Test func relativeInsideAbsoluteOutside() {
        let spelling = PathSpelling(workingDirectory: "/nowhere/repo")
        let cases = [
            ("a/b.yaml", "a/b.yaml"), ("./a/b.yaml", "a/b.yaml"), ("a//b.yaml", "a/b.yaml"), ("a/./b.yaml", "a/b.yaml"), ("./a/", "a"),
            (".", "."), ("./", "."), ("/nowhere/repo", "."), ("/nowhere/repo/", "."), ("/nowhere/repo/a/b.yaml", "a/b.yaml"),
            ("//nowhere//repo/./a/b.yaml", "a/b.yaml"), ("/nowhere/repository/b.yaml", "/nowhere/repository/b.yaml"),
            ("../other/b.yaml", "/nowhere/other/b.yaml"), ("../repo/a.yaml", "a.yaml"), ("../../../b.yaml", "/b.yaml"), ("/", "/"),
            ("<stdin>", "<stdin>"), ("/..", "/"),
        ]
        for (path, expected) in cases {
            #expect(spelling.spelling(of: path) == expected, "\(path)")
        }
        #expect(PathSpelling(workingDirectory: "/").spelling(of: "/etc/x.yaml") == "etc/x.yaml")
    }

    @Test func aDotDotGoesWithARealFolderAndStaysAfterASymbolicLink() throws {
        let directory = manager.temporaryDirectory.appendingPathComponent("istaglint-spelling-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: directory) }
        try manager.createDirectory(at: directory.appendingPathComponent("real/deeper"), withIntermediateDirectories: true)
        // `link/..` is `real`, the folder the link's target is in, not the working directory.
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("link").path, withDestinationPath: "real/deeper")
        let spelling = PathSpelling(workingDirectory: directory.path)
        #expect(spelling.spelling(of: "real/deeper/../x.yaml") == "real/x.yaml")
        #expect(spelling.spelling(of: "real/../real/x.yaml") == "real/x.yaml")
        #expect(spelling.spelling(of: "link/../x.yaml") == "link/../x.yaml")
        #expect(spelling.spelling(of: directory.path + "/link/../x.yaml") == "link/../x.yaml")
        #expect(spelling.spelling(of: "link/sub/../x.yaml") == "link/sub/../x.yaml", "a folder that does not exist")
        #expect(spelling.spelling(of: "real/deeper/../../real/x.yaml") == "real/x.yaml")
    }

    @Test func theShellsSpellingOfTheWorkingDirectoryCountsWhenItIsTheSameFolder() throws {
        let directory = manager.temporaryDirectory.appendingPathComponent("istaglint-spelling-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: directory) }
        try manager.createDirectory(at: directory.appendingPathComponent("real"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("logical").path, withDestinationPath: "real")
        let spelling = PathSpelling(workingDirectory: directory.path + "/real", alias: directory.path + "/logical")
        #expect(spelling.spelling(of: directory.path + "/logical/a.yaml") == "a.yaml")
        #expect(spelling.spelling(of: directory.path + "/real/a.yaml") == "a.yaml")
        let elsewhere = PathSpelling(workingDirectory: directory.path + "/real", alias: directory.path)
        #expect(elsewhere.alias == nil)
        #expect(elsewhere.spelling(of: directory.path + "/a.yaml") == directory.path + "/a.yaml")
    }

    @Test func aBaselineWithAnOlderSpellingIsRespelledAndStillMatches() throws {
        let spelling = PathSpelling(workingDirectory: "/nowhere/repo")
        let bytes = Array("apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n".utf8)
        // As an older version recorded it: the file spelled `./apps/x.yaml`.
        let old = RunReport(files: [Linter().lint(bytes, file: "./apps/x.yaml")], readFailures: [])
        var baseline = try Baseline.decode(Array(Baseline(old).encoded().utf8))
        #expect(baseline.findings.map(\.file) == ["./apps/x.yaml", "./apps/x.yaml"])
        baseline.respell(with: spelling)
        #expect(baseline.findings.map(\.file) == ["apps/x.yaml", "apps/x.yaml"])
        #expect(baseline.earlierSpellings == ["apps/x.yaml": ["./apps/x.yaml"]])
        let today = RunReport(files: [Linter().lint(bytes, file: "apps/x.yaml"), Linter().lint(bytes, file: "apps/y.yaml")], readFailures: [])
        #expect(baseline.filter(today).diagnostics.map(\.file) == ["apps/y.yaml", "apps/y.yaml"])
        var streamed = BaselineFilter(baseline, standardInputName: nil)
        #expect(today.files.flatMap { streamed.filter($0).diagnostics.map(\.file) } == ["apps/y.yaml", "apps/y.yaml"])
    }
}
