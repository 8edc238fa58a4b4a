import Foundation
import Testing

/// Input shapes that cost quadratic time once: each must now cost time linear in its size.
///
/// The time limit is a hang guard, generous for a debug build on a shared machine; the old
/// code took minutes on these (measured times are in the README's Limits).
struct ScaleTests {
    static let header = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: app:v1\n  annotations:\n"

    @Test func oneHundredThousandDisableNextLineDirectives() throws {
        // 50 000 directives in a row, all for the same line (which has nothing to suppress),
        // then 50 000 duplicates of that key, each suppressed by the directive above it.
        var text = ScaleTests.header
        text += String(repeating: "    # istaglint: disable-next-line IST002\n", count: 50_000) + "    k: v\n"
        text += String(repeating: "    # istaglint: disable-next-line IST002\n    k: w\n", count: 50_000)
        let outcome = try CLI.run(
            ["--quiet", "--select", "IST002,IST007", "--max-findings-per-file", "100000", "--stdin-filename", "many.yaml", "-"], input: Data(text.utf8),
            timeout: 60)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 50_000)
        #expect(lines.allSatisfy { $0.hasSuffix("suppresses nothing: no IST002 finding on line 50006; remove it [IST007]") })
        #expect(lines.first?.hasPrefix("many.yaml:6:") == true)
    }

    @Test func oneHundredThousandDuplicateKeys() throws {
        var text = ScaleTests.header
        for index in 0..<50_000 { text += "    k\(index): v\n    k\(index): w\n" }
        let outcome = try CLI.run(
            ["--quiet", "--select", "IST002", "--max-findings-per-file", "100000", "--stdin-filename", "keys.yaml", "-"], input: Data(text.utf8), timeout: 60)
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count == 50_000)
        #expect(lines.last?.hasPrefix("keys.yaml:100005:5: warning: duplicate key \"k49999\"") == true)
    }
}
