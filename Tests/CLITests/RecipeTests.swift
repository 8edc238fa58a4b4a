import Foundation
import Testing

/// The README's VS Code recipe: its problem matcher reads every finding of the text format.
struct RecipeTests {
    @Test func vsCodeProblemMatcherReadsEveryFinding() throws {
        let tasks = try Data(contentsOf: CLI.root.appendingPathComponent("recipes/vscode-tasks.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: tasks) as? [String: Any])
        let task = try #require((json["tasks"] as? [[String: Any]])?.first)
        let pattern = try #require((task["problemMatcher"] as? [String: Any])?["pattern"] as? [String: Any])
        let regex = try NSRegularExpression(pattern: try #require(pattern["regexp"] as? String))

        let text = try CLI.run(["--quiet", "Fixtures/"], environment: ["NO_COLOR": "1"]).stdout
        let report = try CLI.run(["--format", "json", "Fixtures/"]).stdout
        let diagnostics = try #require((try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == diagnostics.count)
        for (line, diagnostic) in zip(lines, diagnostics) {
            let match = try #require(regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)), "no match: \(line)")
            func group(_ key: String) -> String? {
                guard let index = pattern[key] as? Int, let range = Range(match.range(at: index), in: line) else { return nil }
                return String(line[range])
            }
            let start = (diagnostic["range"] as? [String: [String: Int]])?["start"] ?? [:]
            #expect(group("file") == diagnostic["file"] as? String)
            #expect(group("line") == start["line"].map(String.init))
            #expect(group("column") == start["column"].map(String.init))
            #expect(group("severity") == diagnostic["severity"] as? String)
            #expect(group("message") == diagnostic["message"] as? String)
            #expect(group("code") == diagnostic["ruleId"] as? String)
        }
    }
}
