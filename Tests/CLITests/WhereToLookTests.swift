import Foundation
import Testing

/// Issue 14, item 5: where to look. Hidden folders are walked except version-control and tool
/// folders; inside a git repository `.gitignore` is honoured (`--no-ignore` turns it off); each
/// file's configuration is the nearest `.istaglint.yaml` above it.
struct WhereToLookTests {
    /// Both argument paths: the fast one and swift-argument-parser.
    private static let parsers: [[String: String]] = [[:], ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"]]

    @Test func hiddenFoldersAreWalkedButNotVersionControlAndToolFolders() throws {
        let project = try Project([
            ".openshift/istag.yaml": Project.legacy, ".tekton/istag.yaml": Project.legacy, "apps/x.yaml": Project.legacy,
            ".git/stray.yaml": Project.legacy, ".hg/stray.yaml": Project.legacy, "node_modules/pkg/stray.yaml": Project.legacy,
            "apps/node_modules/stray.yaml": Project.legacy, ".build/stray.yaml": Project.legacy, ".vscode/settings.json": "{ // comment\n}\n",
        ])
        defer { project.remove() }
        let outcome = try project.run(["--quiet", "."])
        #expect(outcome.status == 1)
        #expect(Project.files(outcome) == [".openshift/istag.yaml", ".tekton/istag.yaml", "apps/x.yaml"])
        #expect(outcome.stderr == "")
        let verbose = try project.run(["--quiet", "--verbose", "."])
        #expect(verbose.stderr.contains("istaglint: skipped node_modules: a version-control or tool folder, never walked (name it to lint it)\n"))
        #expect(verbose.stderr.contains("istaglint: skipped apps/node_modules: a version-control or tool folder, never walked (name it to lint it)\n"))
        // Named on the command line, they are read.
        #expect(Project.files(try project.run(["--quiet", "node_modules", ".git/stray.yaml"])) == ["node_modules/pkg/stray.yaml", ".git/stray.yaml"])
    }

    @Test func gitignoredFilesAndFoldersAreSkippedInsideARepository() throws {
        let project = try Project(
            [
                ".gitignore": "# generated\nbuild/\n*.rendered.yaml\nsecrets/*\n!secrets/kept.yaml\n\\#odd.yaml\n",
                "build/istag.yaml": Project.legacy, "app.rendered.yaml": Project.legacy, "deep/er/app.rendered.yaml": Project.legacy,
                "secrets/dropped.yaml": Project.legacy, "secrets/kept.yaml": Project.legacy, "#odd.yaml": Project.legacy,
                "apps/x.yaml": Project.legacy, "apps/.gitignore": "/local.yaml\n", "apps/local.yaml": Project.legacy, "local.yaml": Project.legacy,
                ".git/info/exclude": "mine.yaml\n", "mine.yaml": Project.legacy,
            ], git: true)
        defer { project.remove() }
        for environment in Self.parsers {
            let outcome = try project.run(["--quiet", "."], environment: environment)
            #expect(outcome.status == 1)
            #expect(Project.files(outcome) == ["local.yaml", "apps/x.yaml", "secrets/kept.yaml"])
            #expect(outcome.stderr == "")
            let everything = try project.run(["--quiet", "--no-ignore", "."], environment: environment)
            #expect(
                Project.files(everything) == [
                    "#odd.yaml", "app.rendered.yaml", "local.yaml", "mine.yaml", "apps/local.yaml", "apps/x.yaml", "build/istag.yaml",
                    "deep/er/app.rendered.yaml", "secrets/dropped.yaml", "secrets/kept.yaml",
                ])
        }
        let verbose = try project.run(["--quiet", "--verbose", "."])
        #expect(verbose.stderr.contains("istaglint: skipped build: ignored by \"build/\" in .gitignore:2 (--no-ignore lints it)\n"))
        #expect(verbose.stderr.contains("istaglint: skipped apps/local.yaml: ignored by \"/local.yaml\" in apps/.gitignore:1 (--no-ignore lints it)\n"))
        #expect(verbose.stderr.contains("istaglint: skipped mine.yaml: ignored by \"mine.yaml\" in .git/info/exclude:1 (--no-ignore lints it)\n"))
        // A walk from inside the repository honours the files above it; a folder or a file
        // named on the command line is read even if ignored, a folder's contents still judged.
        #expect(Project.files(try project.run(["--quiet", "."], in: "deep")) == [])
        #expect(Project.files(try project.run(["--quiet", "build", "app.rendered.yaml"])) == ["build/istag.yaml", "app.rendered.yaml"])
        #expect(Project.files(try project.run(["--quiet", "secrets"])) == ["secrets/kept.yaml"])
    }

    @Test func gitignoreCountsOnlyInsideARepository() throws {
        let project = try Project([
            ".gitignore": "*.yaml\n", "a.yaml": Project.legacy, "nested/.git/HEAD": "", "nested/b.yaml": Project.legacy, "nested/.gitignore": "c.yaml\n",
            "nested/c.yaml": Project.legacy,
        ])
        defer { project.remove() }
        // The top is no repository: its .gitignore is nobody's. The nested folder is one.
        #expect(Project.files(try project.run(["--quiet", "."])) == ["a.yaml", "nested/b.yaml"])
    }

    @Test func aNestedRepositoryStartsAfresh() throws {
        // As git does not apply a repository's ignore files inside a repository nested in it.
        let project = try Project(
            [".gitignore": "b.yaml\n", "a.yaml": Project.legacy, "b.yaml": Project.legacy, "vendor/.git/HEAD": "", "vendor/b.yaml": Project.legacy], git: true)
        defer { project.remove() }
        #expect(Project.files(try project.run(["--quiet", "."])) == ["a.yaml", "vendor/b.yaml"])
    }

    @Test func theNearestConfigurationAboveEachFileAppliesWhereverIstaglintRuns() throws {
        let project = try Project(
            [
                ".istaglint.yaml": "rules: {IST312: off}\n",
                "top.yaml": Project.legacy,
                "team/.istaglint.yaml": "rules: {IST004: off}\nexclude: [generated/]\noverrides:\n  - files: [\"strict/**\"]\n    rules: {IST312: error}\n",
                "team/app.yaml": Project.legacy, "team/generated/out.yaml": Project.legacy, "team/strict/s.yaml": Project.legacy,
                "other/readme.txt": "",
            ], git: true)
        defer { project.remove() }
        // The root's file: IST312 off; team's (the whole configuration, nothing merged): IST004 off.
        let expected = [
            "top.yaml:1:13: error: IST004", "team/app.yaml:2:1: warning: IST312", "team/strict/s.yaml:2:1: error: IST312",
        ]
        /// `file:line:col: severity: CODE` for each finding, the file prefixed.
        func findings(_ outcome: CLI.Outcome, from prefix: String = "") -> [String] {
            outcome.stdout.split(separator: "\n").map { line in
                let head = line.split(separator: ":", maxSplits: 4)[0...3].joined(separator: ":")
                return prefix + head + ": " + (line.split(separator: "[").last?.dropLast() ?? "")
            }
        }
        for environment in Self.parsers {
            let fromRoot = try project.run(["--quiet", "."], environment: environment)
            #expect(findings(fromRoot) == expected)
            // From the team's folder, from a sibling, from outside the repository.
            #expect(findings(try project.run(["--quiet", "."], in: "team", environment: environment), from: "team/") == Array(expected.dropFirst()))
            let sibling = try project.run(
                ["--quiet", "../team/app.yaml", "../team/generated/out.yaml", "../team/strict"], in: "other", environment: environment)
            #expect(
                sibling.stdout.split(separator: "\n").map { $0.prefix { $0 != ":" } }
                    == [project.path("team/app.yaml"), project.path("team/strict/s.yaml")].map { Substring($0) })
            #expect(sibling.stdout.contains("warning: this ImageStreamTag has no tag"))
            let outside = try CLI.run(["--quiet", project.path("team/app.yaml"), project.path("top.yaml")], environment: environment)
            #expect(outside.stdout.split(separator: "\n").map { $0.hasSuffix("[IST312]") } == [true, false])
        }
        let verbose = try project.run(["--quiet", "--verbose", "."])
        #expect(verbose.stderr.contains("istaglint: configuration .istaglint.yaml for .\n"))
        #expect(verbose.stderr.contains("istaglint: configuration team/.istaglint.yaml for team\n"))
        // --config still gives one configuration for every file.
        let forced = try project.run(["--quiet", "--config", ".istaglint.yaml", "."])
        #expect(Project.files(forced) == ["top.yaml", "team/app.yaml", "team/generated/out.yaml", "team/strict/s.yaml"])
        #expect(!forced.stdout.contains("[IST312]"))
    }

    @Test func standardInputTakesTheConfigurationAboveItsName() throws {
        let project = try Project(
            [".istaglint.yaml": "rules: {IST312: off}\n", "sub/.istaglint.yaml": "rules: {IST004: off}\n", "elsewhere/readme.txt": ""], git: true)
        defer { project.remove() }
        let input = Data(Project.legacy.utf8)
        for environment in Self.parsers {
            let named = try project.run(["--quiet", "--stdin-filename", "sub/x.yaml", "-"], input: input, environment: environment)
            #expect(named.stdout.hasPrefix("sub/x.yaml:2:1: warning:"))
            #expect(!named.stdout.contains("[IST004]"))
            let fromElsewhere = try project.run(["--quiet", "--stdin-filename", "../sub/x.yaml", "-"], in: "elsewhere", input: input, environment: environment)
            #expect(fromElsewhere.stdout.hasPrefix(project.path("sub/x.yaml") + ":2:1: warning:"))
            let top = try project.run(["--quiet", "--stdin-filename", "x.yaml", "-"], input: input, environment: environment)
            #expect(top.stdout.hasPrefix("x.yaml:1:13: error:"))
            #expect(!top.stdout.contains("[IST312]"))
        }
    }

    @Test func aBrokenConfigurationBelowStopsOnlyItsFolderAndFailsTheRun() throws {
        let project = try Project(["a.yaml": Project.legacy, "broken/.istaglint.yaml": "rulez: {}\n", "broken/b.yaml": Project.legacy], git: true)
        defer { project.remove() }
        let outcome = try project.run(["--quiet", "."])
        #expect(outcome.status == 2)
        #expect(Project.files(outcome) == ["a.yaml"])
        #expect(
            outcome.stderr
                == "broken/.istaglint.yaml:1:1: error: unknown key \"rulez\"; valid keys are fail-on, apply, rules, exclude, overrides, allowedRegistriesForImport; did you mean \"rules\"\n"
        )
    }
}
