import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// File-system and process faults: each gives a clear message naming the path and the right
/// exit code, and the other files are still linted.
struct FileSystemTests {
    private let legacy = "apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n"

    private func project() throws -> URL {
        let directory = try CLI.temporaryDirectory()
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("ok.yaml"))
        return directory
    }

    @Test(.enabled(if: geteuid() != 0, "running as root: a file without read permission is still readable"))
    func unreadableFileIsNamedAndTheRestLinted() throws {
        let directory = try project()
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = directory.appendingPathComponent("secret.yaml")
        try Data(legacy.utf8).write(to: secret)
        chmod(secret.path, 0)
        let outcome = try CLI.run(["--quiet", "."], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("istaglint: cannot read secret.yaml: permission denied"))
        #expect(outcome.stdout.contains("ok.yaml:1:13:"))
    }

    @Test func symbolicLinkLoopsEndAndAreNamed() throws {
        let directory = try project()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("a.yaml").path, withDestinationPath: "b.yaml")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("b.yaml").path, withDestinationPath: "a.yaml")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        let outcome = try CLI.run(["--quiet", "."], in: directory, timeout: 20)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("istaglint: cannot read a.yaml: too many levels of symbolic links"))
        #expect(outcome.stderr.contains("istaglint: cannot read b.yaml: too many levels of symbolic links"))
        #expect(outcome.stdout.split(separator: "\n").filter { $0.hasSuffix("[IST004]") }.count == 1)
    }

    @Test func brokenLinkIsNamed() throws {
        let directory = try project()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("gone.yaml").path, withDestinationPath: "nowhere.yaml")
        let outcome = try CLI.run(["--quiet", "."], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "istaglint: cannot read gone.yaml: no such file or directory\n")
        #expect(outcome.stdout.hasPrefix("ok.yaml:1:13:"))
    }

    @Test func fifoNamedAsAFileIsRefusedWithoutBlocking() throws {
        let directory = try project()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.yaml")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let outcome = try CLI.run(["--quiet", "pipe.yaml", "ok.yaml"], in: directory, timeout: 20)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "istaglint: cannot read pipe.yaml: not a regular file or a directory\n")
        #expect(outcome.stdout.hasPrefix("ok.yaml:1:13:"))
    }

    @Test func aDirectoryNamedLikeAFileIsWalked() throws {
        let directory = try project()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("manifests.yaml"), withIntermediateDirectories: true)
        try Data(legacy.utf8).write(to: directory.appendingPathComponent("manifests.yaml/inner.yml"))
        let outcome = try CLI.run(["--quiet", "manifests.yaml"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.hasPrefix("manifests.yaml/inner.yml:1:13:"))
    }

    @Test func standardOutputClosedEarlyEndsQuietly() throws {
        let binary = try #require(CLI.binary)
        let script = "\(binary.path) --no-config Fixtures/ | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\" >&2"
        let outcome = try CLI.run(["-c", script], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(outcome.stderr == "status 1\n")
    }

    @Test func oversizedFileIsReportedWithoutBeingParsed() throws {
        let directory = try project()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try CLI.run(["--quiet", "--max-file-size", "20", "ok.yaml"], in: directory)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout
                == "ok.yaml:1:1: error: the file is 58 bytes, more than the 20 istaglint reads; it was not checked (raise the limit with --max-file-size) [IST005]\n"
        )
    }
}
