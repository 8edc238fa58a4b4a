import Foundation
import Testing

/// Issue 14, item 2: one spelling of a path. However a file is named (`./a.yaml`, `a//a.yaml`,
/// an absolute path, a folder walked), every report, the baseline and the fingerprints spell it
/// the same way: relative to the working directory, `/`-separated.
struct PathSpellingTests {
    private let files = ["apps/x.yaml": Project.legacy, "apps/y.yaml": Project.legacy, "other/notes.txt": ""]

    @Test func theGitHubFormatNamesAFileWalkedFromDotAsGitHubDoes() throws {
        let project = try Project(files)
        defer { project.remove() }
        for arguments in [["."], ["./"], ["apps"], ["./apps/"], [project.root.path], ["apps//x.yaml", "./apps/y.yaml"]] {
            let outcome = try project.run(["--format", "github"] + arguments)
            #expect(outcome.status == 1)
            let files = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("::") }.compactMap {
                $0.split(separator: ",").first?.split(separator: "=").last.map(String.init)
            }
            #expect(files == ["apps/x.yaml", "apps/x.yaml", "apps/y.yaml", "apps/y.yaml"], "\(arguments)")
        }
    }

    @Test func everyFormatAndEveryMessageUsesTheOneSpelling() throws {
        let project = try Project(files)
        defer { project.remove() }
        let absolute = project.path("apps/x.yaml")
        for arguments in [["./apps/x.yaml"], [absolute], ["apps/../apps/x.yaml"], ["apps//./x.yaml"]] {
            #expect(try project.run(["--quiet"] + arguments).stdout.hasPrefix("apps/x.yaml:1:13: error:"), "\(arguments)")
            #expect(try project.run(["--format", "json"] + arguments).stdout.contains("\"file\" : \"apps/x.yaml\""), "\(arguments)")
        }
        // From a folder inside the project, relative to it; a file outside the working
        // directory is named by its absolute path, whichever way it was given.
        #expect(try project.run(["--quiet", "x.yaml"], in: "apps").stdout.hasPrefix("x.yaml:1:13:"))
        let outside = try project.run(["--quiet", "../apps/x.yaml", absolute], in: "other")
        #expect(Project.files(outside) == [absolute])
        // Standard input's name is spelled the same way, so patterns and baselines match it.
        let standardInput = try project.run(["--quiet", "--stdin-filename", "./apps//x.yaml", "-"], input: Data(Project.legacy.utf8))
        #expect(standardInput.stdout.hasPrefix("apps/x.yaml:1:13:"))
        // A missing path too.
        #expect(try project.run(["./apps/none.yaml"]).stderr == "istaglint: cannot read apps/none.yaml: no such file or directory\n")
    }

    @Test func aBaselineWrittenFromDotMatchesTheFilesNamedOneByOneAndTheOtherWayRound() throws {
        let project = try Project(files)
        defer { project.remove() }
        let byName = ["apps/x.yaml", "apps/y.yaml"]
        let forms: [[String]] = [["."], byName, ["./apps/x.yaml", "./apps/y.yaml"], [project.root.path], byName.map { project.path($0) }]
        // Outside the folder walked, so that it is not one of the inputs.
        let file = project.root.path + "-baseline.json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        for written in forms {
            let recorded = try project.run(["--write-baseline", file] + written)
            #expect(recorded.status == 0)
            #expect(recorded.stderr == "istaglint: recorded 4 findings in \(file)\n")
            let baseline = try String(contentsOfFile: file, encoding: .utf8)
            #expect(baseline.contains("\"file\" : \"apps/x.yaml\""), "\(written)")
            for run in forms {
                let outcome = try project.run(["--baseline", file, "--format", "github"] + run)
                #expect(outcome.status == 0, "written with \(written), run with \(run)")
                #expect(!outcome.stdout.contains("::"), "written with \(written), run with \(run)")
            }
        }
    }

    @Test func aBaselineWithTheOldSpellingStillMatches() throws {
        // Written by the previous version with `--write-baseline old.json .`: the files spelled
        // `./apps/x.yaml`, and the fingerprints made from that spelling.
        let project = try Project(files)
        defer { project.remove() }
        try project.write(
            "old.json",
            """
            {"findings": [
              {"file": "./apps/x.yaml", "fingerprint": "8313cc106b00623fbd20efe73984a05e", "path": "apiVersion", "ruleId": "IST004"},
              {"file": "./apps/x.yaml", "fingerprint": "83974e9e8b7f81b5348a47459615c1e8", "path": "tag", "ruleId": "IST312"}
            ], "version": 1}
            """)
        let outcome = try project.run(["--quiet", "--baseline", "old.json", "apps/x.yaml", "apps/y.yaml"])
        #expect(outcome.status == 1)
        #expect(Project.files(outcome) == ["apps/y.yaml"])
    }
}
