import Foundation
import Testing

@testable import IstagLintKit

/// `UnifiedDiff`: the text `diff -u` prints for a known change, and, for random edits, a
/// diff that `patch` applies to give the new text.
struct UnifiedDiffTests {
    @Test func aChangeInTheMiddleHasThreeLinesOfContext() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        let expected = """
            --- a/f.yaml
            +++ b/f.yaml
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """
        #expect(UnifiedDiff.of(Array(old.utf8), Array(new.utf8), name: "f.yaml") == expected)
    }

    @Test func aLastLineWithoutItsEndIsMarkedAndCRLFStays() {
        let diff = UnifiedDiff.of(Array("a\r\nb".utf8), Array("a\r\nc".utf8), name: "f")
        #expect(diff == "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
        #expect(UnifiedDiff.of(Array("same".utf8), Array("same".utf8), name: "f") == "")
    }

    @Test func randomEditsGiveADiffThatPatchApplies() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else {
            print("note: /usr/bin/patch is absent; the diff is checked against the known cases only")
            return
        }
        var generator = SystemRandomNumberGenerator()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<40 {
            var lines = (0..<Int.random(in: 0...30, using: &generator)).map { _ in "l\(Int.random(in: 0...5, using: &generator))\n" }
            let old = lines.joined()
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let at = Int.random(in: 0...lines.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: lines.insert("new\(round)\n", at: at)
                case 1 where at < lines.count: lines.remove(at: at)
                default: if at < lines.count { lines[at] = "changed\n" }
                }
            }
            let new = lines.joined() + (round % 3 == 0 ? "tail" : "")
            let diff = UnifiedDiff.of(Array(old.utf8), Array(new.utf8), name: "f")
            guard !diff.isEmpty else {
                #expect(old == new)
                continue
            }
            let file = folder.appendingPathComponent("f")
            try Data(old.utf8).write(to: file)
            try Data(diff.utf8).write(to: folder.appendingPathComponent("d.diff"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
            process.arguments = ["-s", "-p1", "-i", "d.diff"]
            process.currentDirectoryURL = folder
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(diff)")
            #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self) == new, "\(old) -> \(new)\n\(diff)")
        }
    }
}
