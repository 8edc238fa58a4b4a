import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What a repository, a shared machine or a broken disk can hand the command line: links out
/// of the tree, huge folders, endless input, names that are not UTF-8, paths longer than
/// PATH_MAX, a configuration file in a shared parent, a full disk behind standard output.
///
/// Time limits here are hang guards, far above what the runs take once fixed (see the
/// README's Limits section for measured times).
struct HostileTreeTests {
    private let legacy = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n"

    private func bash(_ script: String, in directory: URL = CLI.root, environment: [String: String] = [:], timeout: Double = 30) throws -> CLI.Outcome {
        let binary = try #require(CLI.binary)
        return try CLI.run(
            ["-c", script], in: directory, environment: ["ISTAGLINT": binary.path].merging(environment) { $1 }, timeout: timeout,
            executable: URL(fileURLWithPath: "/bin/bash"))
    }

    /// Creates empty files, fast: a file system call each.
    private func touch(_ names: [String], in directory: URL) {
        for name in names {
            let file = open(directory.path + "/" + name, O_CREAT | O_WRONLY, 0o644)
            if file >= 0 { close(file) } else { Issue.record("cannot create \(name)") }
        }
    }

    private func remove(_ directory: URL) {
        // rm copes with paths longer than PATH_MAX; FileManager does not.
        _ = try? CLI.run(["-rf", directory.path], executable: URL(fileURLWithPath: "/bin/rm"))
    }

    // MARK: item 1

    @Test func writeBaselineOverAnInputIsRefused() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        let input = directory.appendingPathComponent("input.yaml")
        try Data(legacy.utf8).write(to: input)
        for arguments in [[input.path], [directory.path]] {
            let outcome = try CLI.run(["--write-baseline", input.path] + arguments)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(
                outcome.stderr == "istaglint: --write-baseline \(input.path) is one of the files being linted; istaglint never writes to its inputs\n",
                "\(arguments)")
            #expect(try String(contentsOf: input, encoding: .utf8) == legacy, "\(arguments)")
        }
    }

    // MARK: item 3

    @Test func linksLeavingTheWalkedFolderAreNotFollowed() throws {
        let outside = try CLI.temporaryDirectory()
        let directory = try CLI.temporaryDirectory()
        defer {
            remove(outside)
            remove(directory)
        }
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("ok.yaml"))
        try Data(legacy.utf8).write(to: outside.appendingPathComponent("secret.yaml"))
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("more"), withIntermediateDirectories: true)
        try Data(legacy.utf8).write(to: outside.appendingPathComponent("more/other.yaml"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("sub/inner.yaml"))
        let links = [
            ("env.yaml", "/proc/self/environ"), ("secret.yaml", outside.path + "/secret.yaml"), ("more", outside.path + "/more"),
            ("inside.yaml", "sub/inner.yaml"), ("sub/up.yaml", "../ok.yaml"), ("notes.txt", "/proc/self/environ"),
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent(name).path, withDestinationPath: target)
        }
        func files(_ outcome: CLI.Outcome) -> [String] {
            var files: [String] = []
            for line in outcome.stdout.split(separator: "\n") where line.contains(".yaml:") && !line.hasPrefix(" ") {
                let file = String(line.prefix { $0 != ":" })
                if files.last != file { files.append(file) }
            }
            return files
        }
        let secret = "s3cr3t-in-the-environment"
        for parser in [false, true] {
            let environment = ["ISTAGLINT_TEST_SECRET": secret].merging(parser ? ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"] : [:]) { $1 }
            let outcome = try CLI.run(["."], in: directory, environment: environment)
            #expect(outcome.status == 1)
            #expect(!outcome.stdout.contains(secret))
            #expect(files(outcome) == ["inside.yaml", "ok.yaml"])
            #expect(
                outcome.stderr
                    == "istaglint: skipped 3 symbolic links that lead outside the folders walked (--follow-links follows them, --verbose names them)\n")

            let verbose = try CLI.run(["--quiet", "--verbose", "--no-config", "."], in: directory, environment: environment)
            #expect(verbose.status == 1)
            #expect(verbose.stderr.contains("istaglint: skipped env.yaml: a symbolic link to /proc/"))
            #expect(verbose.stderr.contains("istaglint: skipped more: a symbolic link to \(outside.path)/more, outside the folders walked\n"))
            #expect(verbose.stderr.split(separator: "\n").filter { $0.hasPrefix("istaglint: skipped ") }.count == 3)

            let followed = try CLI.run(["--follow-links", "."], in: directory, environment: environment)
            #expect(followed.status == 1)
            #expect(!followed.stdout.contains(secret))
            #expect(files(followed) == ["inside.yaml", "ok.yaml", "secret.yaml", "more/other.yaml"])
            #expect(followed.stderr == "istaglint: skipped 1 path under /proc, /sys or /dev, never read through a folder walk (--verbose names it)\n")

            // Named on the command line, a link is read wherever it leads.
            let named = try CLI.run(["--quiet", "secret.yaml"], in: directory, environment: environment)
            #expect(named.status == 1)
            #expect(named.stderr == "")
        }
    }

    // MARK: item 4

    @Test(arguments: [["Fixtures/legacy-api-version.yaml"], ["--format", "json", "Fixtures/legacy-api-version.yaml"], ["Fixtures/careful-pinned-digest.yaml"]])
    func aReportThatCannotBeWrittenToStandardOutputExitsTwo(_ arguments: [String]) throws {
        let outcome = try bash("\"$ISTAGLINT\" \(arguments.joined(separator: " ")) > /dev/full; echo \"status $?\" >&2")
        #expect(outcome.stderr == "istaglint: cannot write the report to standard output: no space left on device\nstatus 2\n", "\(arguments)")
    }

    // MARK: item 9

    @Test func aFlatFolderOfOneHundredThousandFilesIsListedInLinearTime() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        touch((0..<100_000).map { "f\($0).txt" } + ["a.yaml", "z.yaml"], in: directory)
        let outcome = try CLI.run(["--no-config", "."], in: directory, timeout: 25)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasSuffix("2 files, 0 objects: 0 errors, 0 warnings, 0 infos\n"))
    }

    // MARK: item 10

    @Test func excludedFoldersAreNotWalked() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("charts/deep"), withIntermediateDirectories: true)
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("ok.yaml"))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("charts/deep/gone.yaml").path, withDestinationPath: "nowhere.yaml")
        try Data("exclude: [charts/]\n".utf8).write(to: directory.appendingPathComponent(".istaglint.yaml"))
        let outcome = try CLI.run(["--quiet", "."], in: directory)
        #expect(outcome.stderr == "")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("ok.yaml:1:13:"))
    }

    @Test func aThousandExcludePatternsOverTwentyThousandFilesCostOnePass() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        for folder in 0..<20 {
            #expect(mkdir(directory.path + "/d\(folder)", 0o755) == 0)
            touch((0..<1_000).map { "d\(folder)/f\($0).yaml" }, in: directory)
        }
        var patterns = (0..<400).map { "- \"**/skip-\($0).yaml\"" }
        patterns += (0..<400).map { "- build-\($0)/" }
        patterns += (0..<199).map { "- \"d*/f\($0)?.yaml\"" }
        patterns.append("- d7/")
        try Data(("exclude:\n" + patterns.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent(".istaglint.yaml"))
        let outcome = try CLI.run(["."], in: directory, timeout: 25)
        #expect(outcome.status == 0)
        // d7 is left out, and f10.yaml to f999.yaml (f1?.yaml to f99?.yaml) in the 19 others:
        // 190 files, and .istaglint.yaml.
        #expect(outcome.stdout.hasSuffix("191 files, 0 objects, 1 other document skipped: 0 errors, 0 warnings, 0 infos\n"))
    }

    /// The same in a repository's `.gitignore`, ignored folders pruned as excluded ones are.
    @Test func aThousandIgnorePatternsOverTwentyThousandFilesCostOnePass() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        #expect(mkdir(directory.path + "/.git", 0o755) == 0)
        for folder in 0..<20 {
            #expect(mkdir(directory.path + "/d\(folder)", 0o755) == 0)
            touch((0..<1_000).map { "d\(folder)/f\($0).yaml" }, in: directory)
        }
        var patterns = (0..<400).map { "**/skip-\($0).yaml" }
        patterns += (0..<400).map { "build-\($0)/" }
        patterns += (0..<199).map { "d*/f\($0)?.yaml" }
        patterns += ["d7/", "!d3/f100.yaml"]
        try Data((patterns.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent(".gitignore"))
        let outcome = try CLI.run(["."], in: directory, timeout: 25)
        #expect(outcome.status == 0)
        // As above, and d3/f100.yaml re-included.
        #expect(outcome.stdout.hasSuffix("191 files, 0 objects: 0 errors, 0 warnings, 0 infos\n"))
    }

    // MARK: item 12

    @Test func endlessStandardInputStopsAtTheSizeLimit() throws {
        let outcome = try bash(
            "yes 'a: b' 2> /dev/null | (ulimit -v 4000000; \"$ISTAGLINT\" --quiet --max-file-size 100000 --stdin-filename s.yaml -); echo \"status ${PIPESTATUS[1]}\" >&2",
            timeout: 30)
        #expect(
            outcome.stdout
                == "s.yaml:1:1: error: standard input is more than 100000 bytes, the most istaglint reads; it was not checked (raise the limit with --max-file-size) [IST005]\n"
        )
        #expect(outcome.stderr == "status 1\n")
    }

    @Test func standardInputWithinTheLimitIsLinted() throws {
        let outcome = try CLI.run(["--quiet", "--max-file-size", "\(legacy.utf8.count)", "-"], input: Data(legacy.utf8))
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("<stdin>:1:13: error:"))
    }

    // MARK: item 15

    @Test func namesThatAreNotUTF8AreReadAndShownEscaped() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        /// A path in the directory whose name holds one byte that is not UTF-8.
        func raw(_ before: String, _ byte: UInt8, _ after: String) -> [CChar] {
            (Array((directory.path + "/" + before).utf8) + [byte] + Array(after.utf8) + [0]).map { CChar(bitPattern: $0) }
        }
        func create(_ path: [CChar]) {
            let file = open(path, O_CREAT | O_WRONLY, 0o644)
            #expect(file >= 0)
            _ = legacy.withCString { write(file, $0, strlen($0)) }
            close(file)
        }
        #expect(mkdir(raw("dir", 0xFE, ""), 0o755) == 0)
        create(raw("dir", 0xFE, "/inner.yaml"))
        create(raw("bad", 0xFF, ".yaml"))
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("plain.yaml"))
        let outcome = try CLI.run(["--quiet", "."], in: directory)
        #expect(outcome.stderr == "")
        #expect(outcome.status == 1)
        var files: [String] = []
        for line in outcome.stdout.split(separator: "\n") where files.last != String(line.prefix { $0 != ":" }) {
            files.append(String(line.prefix { $0 != ":" }))
        }
        #expect(files == ["bad\\xff.yaml", "plain.yaml", "dir\\xfe/inner.yaml"])
    }

    // MARK: item 16

    @Test func aPathLongerThanPathMaxIsNamed() throws {
        let directory = try CLI.temporaryDirectory()
        defer { remove(directory) }
        let name = String(repeating: "d", count: 250)
        let created = try bash(
            "for i in $(seq 1 18); do mkdir \(name) && cd \(name) || exit 1; done; printf 'apiVersion: v1\\nkind: ImageStreamTag\\n' > deep.yaml", in: directory
        )
        #expect(created.status == 0)
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("ok.yaml"))
        let outcome = try CLI.run(["--quiet", "."], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.hasPrefix("ok.yaml:1:13:"))
        #expect(outcome.stderr.hasPrefix("istaglint: cannot read \(name)/"))
        #expect(outcome.stderr.hasSuffix(": file name too long\n"))
    }

    // MARK: item 17

    @Test func theConfigurationIsLookedForUpToTheRepositoryRootOnly() throws {
        let parent = try CLI.temporaryDirectory()
        defer { remove(parent) }
        let repository = parent.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("rules: {IST004: off}\n".utf8).write(to: parent.appendingPathComponent(".istaglint.yaml"))
        try Data(legacy.utf8).write(to: repository.appendingPathComponent("sub/legacy.yaml"))
        for gitIsAFile in [false, true] {
            let git = repository.appendingPathComponent(".git")
            try? FileManager.default.removeItem(at: git)
            if gitIsAFile {
                try Data("gitdir: /elsewhere\n".utf8).write(to: git)
            } else {
                try FileManager.default.createDirectory(at: git, withIntermediateDirectories: true)
            }
            for parser in [false, true] {
                let env = parser ? ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"] : [:]
                let outcome = try CLI.run(["--quiet", "--verbose", "legacy.yaml"], in: repository.appendingPathComponent("sub"), environment: env)
                #expect(outcome.status == 1)
                #expect(
                    outcome.stderr
                        == "istaglint: no configuration file for . (looked for .istaglint.yaml from \(repository.path)/sub up to the repository root \(repository.path))\n"
                )
            }
        }
        try Data("rules: {IST004: info}\n".utf8).write(to: repository.appendingPathComponent(".istaglint.yaml"))
        let found = try CLI.run(["--quiet", "--verbose", "legacy.yaml"], in: repository.appendingPathComponent("sub"))
        #expect(found.status == 0)
        #expect(found.stderr == "istaglint: configuration \(repository.path)/.istaglint.yaml for .\n")
        let named = try CLI.run(["--quiet", "--verbose", "--config", "../../.istaglint.yaml", "legacy.yaml"], in: repository.appendingPathComponent("sub"))
        #expect(named.status == 0)
        #expect(named.stderr == "istaglint: configuration ../../.istaglint.yaml\n")
        let none = try CLI.run(["--quiet", "--verbose", "--no-config", "legacy.yaml"], in: repository.appendingPathComponent("sub"))
        #expect(none.status == 1)
        #expect(none.stderr == "istaglint: no configuration file (--no-config)\n")
    }

    @Test func outsideARepositoryOnlyTheWorkingDirectoryIsLookedIn() throws {
        let parent = try CLI.temporaryDirectory()
        defer { remove(parent) }
        let child = parent.appendingPathComponent("child")
        try FileManager.default.createDirectory(at: child, withIntermediateDirectories: true)
        try Data("rules: {IST004: off}\n".utf8).write(to: parent.appendingPathComponent(".istaglint.yaml"))
        try Data(legacy.utf8).write(to: child.appendingPathComponent("legacy.yaml"))
        let outcome = try CLI.run(["--quiet", "--verbose", "legacy.yaml"], in: child)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "istaglint: no configuration file for . (looked for .istaglint.yaml in \(child.path), which is not in a git repository)\n")
    }
}
