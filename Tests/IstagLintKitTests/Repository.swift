import Foundation
import Testing

/// Paths of the checkout and of `../shared/` beside it, for tests.
enum Repository {
    /// The checkout's root directory.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/` beside the checkout, when it is there.
    static let shared: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Compares generated text with a checked-in file; records it when missing or when
    /// `ISTAGLINT_RECORD` asks for it (`Recording`), and fails on a missing one, so a missing
    /// golden never passes silently. The file belongs to `codes`' rules; by default to the
    /// rules whose findings it shows, before or after.
    static func compare(_ actual: String, withFile url: URL, codes: Set<String>? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = try? String(contentsOf: url, encoding: .utf8)
        let recording = Recording.current.records(codes: codes ?? Recording.codes(shownIn: expected, actual))
        if recording || expected == nil {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record("recorded missing golden \(url.path); check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        if expected != actual {
            Issue.record(
                "\(url.lastPathComponent) differs from the output (ISTAGLINT_RECORD=1, or the rule codes, re-records):\n\(firstDifference(expected ?? "", actual))",
                sourceLocation: sourceLocation)
        }
    }

    private static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return "(no line differs)"
    }
}
