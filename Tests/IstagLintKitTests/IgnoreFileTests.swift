import Foundation
import IstagLintKit
import Testing

/// Ignore files read as git reads them: a walk leaves out exactly what
/// `git ls-files --others --exclude-standard` leaves out, git itself being the oracle.
struct IgnoreFileTests {
    static let gitPath: String? = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Patterns that exercise each rule of gitignore(5) istaglint keeps.
    static let rootPatterns = """
        # a comment, then a blank line

        *.log.yaml
        /root-only.yaml
        docs/
        !docs/keep.yaml
        gen/*
        !gen/keep.yaml
        **/deep/*.yaml
        a/**/b.yaml
        trail/**
        !trail/keep.yaml
        x?z.yaml
        [ab]c.yaml
        [!q]r.yaml
        \\#hash.yaml
        \\!bang.yaml
        spaced.yaml   \u{20}
        star\\*.yaml
        only-dir.yaml/
        foo/bar/
        *.yml
        !keep.yml
        mid/**/end/
        .hidden/secret.yaml
        """

    static let files = [
        "plain.yaml", "x.log.yaml", "sub/x.log.yaml", "root-only.yaml", "sub/root-only.yaml", "docs/a.yaml", "docs/keep.yaml",
        "sub/docs/b.yaml", "gen/a.yaml", "gen/keep.yaml", "gen/inner/c.yaml", "deep/a.yaml", "one/deep/b.yaml", "one/deep/two/c.yaml",
        "a/b.yaml", "a/x/b.yaml", "a/x/y/b.yaml", "a/c.yaml", "trail/a.yaml", "trail/keep.yaml", "trail/in/d.yaml", "xyz.yaml", "xz.yaml",
        "ac.yaml", "bc.yaml", "cc.yaml", "qr.yaml", "zr.yaml", "#hash.yaml", "!bang.yaml", "spaced.yaml", "star*.yaml", "starx.yaml",
        "only-dir.yaml", "only-dir.yaml2/x.yaml", "foo/bar/a.yaml", "sub/foo/bar/a.yaml", "foo/bar.yaml", "a.yml", "keep.yml",
        "mid/end/a.yaml", "mid/1/2/end/b.yaml", "mid/end.yaml", ".hidden/secret.yaml", ".hidden/open.yaml",
        "sub/local.yaml", "local.yaml", "sub/again.log.yaml", "sub/mid/a.yaml", "sub/z.json", "nested/.gitignore-less.yaml",
    ]

    /// `sub/.gitignore`: deeper rules win over the root's.
    static let subPatterns = "!*.log.yaml\n/local.yaml\nmid/\n*.json\n"

    @Test(.enabled(if: gitPath != nil, "git is not installed"))
    func aWalkLeavesOutWhatGitLeavesOut() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-ignore-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in Self.files {
            let url = directory.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("kind: ConfigMap\n".utf8).write(to: url)
        }
        try Data(Self.rootPatterns.utf8).write(to: directory.appendingPathComponent(".gitignore"))
        try Data(Self.subPatterns.utf8).write(to: directory.appendingPathComponent("sub/.gitignore"))
        _ = try git(["init", "-q", "."], in: directory)
        try Data("plain.yaml\n".utf8).write(to: directory.appendingPathComponent(".git/info/exclude"))

        let listed = try git(["ls-files", "-z", "--others", "--exclude-standard"], in: directory)
        let expected = listed.split(separator: "\0").map(String.init).filter { InputCollector.hasLintableExtension($0) }.sorted()
        var collector = InputCollector(paths: [directory.path], workingDirectory: directory.path)
        var walked: [String] = []
        while let input = collector.next() {
            if case .file(let path, _) = input { walked.append(path.display) }
        }
        #expect(walked.sorted() == expected)
        // Something was left out, and something re-included.
        #expect(expected.count < Self.files.count - 3)
        #expect(walked.contains("gen/keep.yaml") && walked.contains("trail/keep.yaml") && !walked.contains("docs/keep.yaml"))
    }

    private func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.gitPath))
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // No global or system configuration: their excludes are not the test's.
        process.environment = ["GIT_CONFIG_NOSYSTEM": "1", "HOME": directory.path, "XDG_CONFIG_HOME": directory.path, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }
}
