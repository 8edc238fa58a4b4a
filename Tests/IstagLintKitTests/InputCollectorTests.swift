import Foundation
import IstagLintKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The lazy walk: the same files in the same order as a walk that lists everything first.
struct InputCollectorTests {
    private let manager = FileManager.default

    /// What a walk handed out, simplified: files and failures by their spelling.
    enum Item: Equatable {
        case file(String)
        case standardInput
        case failure(String, String)
        case skipped(String, SkippedPath.Reason)
    }

    /// Every input of a walk over `paths` relative to `directory`, spelled relative to it (tests
    /// run in parallel, so the process's working directory stays put: the paths are opened
    /// by their absolute form).
    private func walk(_ paths: [String], in directory: URL, ignoring: Bool = true) -> [Item] {
        var collector = InputCollector(
            paths: paths.map { $0 == "-" ? $0 : directory.path + "/" + $0 }, honoursIgnoreFiles: ignoring, workingDirectory: directory.path)
        var inputs: [Item] = []
        while let input = collector.next() {
            switch input {
            case .file(let path, _): inputs.append(.file(path.display))
            case .failure(let failure): inputs.append(.failure(failure.path, failure.reason))
            case .standardInput: inputs.append(.standardInput)
            case .skipped(let path): inputs.append(.skipped(path.path, path.reason))
            case .configuration: break
            }
        }
        return inputs
    }

    private func files(_ inputs: [Item]) -> [String] {
        inputs.compactMap { if case .file(let path) = $0 { path } else { nil } }
    }

    private func write(_ names: [String], in directory: URL) throws {
        for name in names {
            let url = directory.appendingPathComponent(name)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("kind: ConfigMap\n".utf8).write(to: url)
        }
    }

    @Test func filesComeBeforeSubdirectoriesEachInNameOrderAndHiddenDirectoriesAreWalked() throws {
        let directory = try temporaryDirectory()
        defer { try? manager.removeItem(at: directory) }
        try write(["b/nested/c.yml", "b/d.json", "b/e.txt", "b/.hidden.yaml", ".hidden/f.yaml", "B.YAML", "a.yaml", "a/z.yaml", "notes.md"], in: directory)
        #expect(files(walk(["."], in: directory)) == ["B.YAML", "a.yaml", ".hidden/f.yaml", "a/z.yaml", "b/.hidden.yaml", "b/d.json", "b/nested/c.yml"])
        #expect(files(walk([".hidden", "b/e.txt"], in: directory)) == [".hidden/f.yaml", "b/e.txt"])
    }

    @Test func aLargeDirectoryIsReadInNameOrderAcrossBatches() throws {
        let directory = try temporaryDirectory()
        defer { try? manager.removeItem(at: directory) }
        // More names than one batch holds, created out of order, with names that sort as
        // strings and not as bytes (a combining mark after an ASCII letter).
        var names = (0..<2_600).map { "m-\(($0 * 7_919) % 2_600).yaml" }
        names += ["a\u{301}.yaml", "b.yaml", "\u{E9}t\u{E9}.yaml", "e\u{301}.yml", "Z.json", "skip.txt"]
        try write(names, in: directory)
        let expected = names.filter { InputCollector.hasLintableExtension($0) }.sorted()
        #expect(files(walk(["."], in: directory)) == expected)
    }

    @Test func aSymbolicLinkLoopEndsAndBrokenLinksAreNamed() throws {
        let directory = try temporaryDirectory()
        defer { try? manager.removeItem(at: directory) }
        try write(["ok.yaml", "sub/inner.yaml"], in: directory)
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("gone.yaml").path, withDestinationPath: "nowhere.yaml")
        let inputs = walk(["."], in: directory)
        #expect(files(inputs) == ["ok.yaml", "sub/inner.yaml"])
        #expect(inputs.contains(.failure("gone.yaml", "no such file or directory")))
    }

    @Test func aFileReachedTwiceIsGivenOnce() throws {
        let directory = try temporaryDirectory()
        defer { try? manager.removeItem(at: directory) }
        try write(["d/a.yaml", "d/b.yaml", "d/c.yaml", "other/x.yaml"], in: directory)
        // A link to a file listed before it, one to a file listed after it, a hard link.
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("d/z-link.yaml").path, withDestinationPath: "a.yaml")
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("d/0-link.yaml").path, withDestinationPath: "c.yaml")
        try manager.linkItem(atPath: directory.appendingPathComponent("d/b.yaml").path, toPath: directory.appendingPathComponent("other/hard.yaml").path)
        #expect(files(walk(["d", "other"], in: directory)) == ["d/0-link.yaml", "d/a.yaml", "d/b.yaml", "other/x.yaml"])
        // Named twice, named after its directory was walked, named before its directory is walked.
        #expect(files(walk(["d/a.yaml", "./d/a.yaml"], in: directory)) == ["d/a.yaml"])
        #expect(files(walk(["d", "d/c.yaml", "d/z-link.yaml", "other/x.yaml"], in: directory)) == ["d/0-link.yaml", "d/a.yaml", "d/b.yaml", "other/x.yaml"])
        #expect(files(walk(["d/c.yaml", "d"], in: directory)) == ["d/c.yaml", "d/a.yaml", "d/b.yaml"])
    }

    @Test func ignoredFoldersArePrunedWithoutBeingListed() throws {
        let directory = try temporaryDirectory()
        defer { try? manager.removeItem(at: directory) }
        try write([".git/HEAD", "ok.yaml", "build/deep/x.yaml", "node_modules/y.yaml"], in: directory)
        try Data("build/\n".utf8).write(to: directory.appendingPathComponent(".gitignore"))
        // Listed, the folder would give a failure for this broken link.
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("build/gone.yaml").path, withDestinationPath: "nowhere.yaml")
        #expect(
            walk(["."], in: directory) == [
                .skipped(".git", .neverWalked), .skipped("build", .ignored), .skipped("node_modules", .neverWalked), .file("ok.yaml"),
            ])
        let everything = walk(["."], in: directory, ignoring: false)
        #expect(files(everything) == ["ok.yaml", "build/deep/x.yaml"])
        #expect(everything.contains(.failure("build/gone.yaml", "no such file or directory")))
    }

    @Test func standardInputIsGivenOnceAndMissingPathsAreNamed() throws {
        let directory = try temporaryDirectory()
        defer { try? manager.removeItem(at: directory) }
        let inputs = walk(["-", "missing.yaml", "-"], in: directory)
        #expect(inputs == [.standardInput, .failure("missing.yaml", "no such file or directory")])
    }

    private func temporaryDirectory() throws -> URL {
        let url = manager.temporaryDirectory.appendingPathComponent("istaglint-walk-\(UUID().uuidString)")
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
