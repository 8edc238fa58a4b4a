import Foundation
import Testing

/// The checks that compare files: an ImageStreamTag in one file and an ImageStream spec tag in
/// another defining the same tag (IST212), reported at both with the other as related.
struct CrossFileTests {
    @Test func aTagDefinedInTwoFilesIsReportedAtBothWithTheOtherRelated() throws {
        let json = try CLI.run(["--format", "json", "Fixtures/cross-file/"])
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        // `line:column-line:column` of a JSON range.
        func span(_ range: Any?) -> String {
            let range = range as? [String: [String: Int]] ?? [:]
            let (start, end) = (range["start"] ?? [:], range["end"] ?? [:])
            return "\(start["line"] ?? 0):\(start["column"] ?? 0)-\(end["line"] ?? 0):\(end["column"] ?? 0)"
        }
        let found = diagnostics.compactMap { diagnostic -> String? in
            guard diagnostic["ruleId"] as? String == "IST212", let related = (diagnostic["related"] as? [[String: Any]])?.first else { return nil }
            return
                "\(diagnostic["file"] ?? "")@\(span(diagnostic["range"])) \(diagnostic["severity"] ?? "") -> \(related["file"] ?? "")@\(span(related["range"]))"
        }
        #expect(
            found.sorted() == [
                "Fixtures/cross-file/istag.yaml@5:9-5:20 warning -> Fixtures/cross-file/stream.yaml@8:11-8:17",
                "Fixtures/cross-file/stream.yaml@8:11-8:17 warning -> Fixtures/cross-file/istag.yaml@5:9-5:20",
            ])
        #expect((report["summary"] as? [String: Any])?["warnings"] as? Int == 2)

        let sarif = try CLI.run(["--format", "sarif", "Fixtures/cross-file/"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let related = results.compactMap { result -> String? in
            guard let location = (result["relatedLocations"] as? [[String: Any]])?.first,
                let physical = location["physicalLocation"] as? [String: Any],
                let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String,
                let line = (physical["region"] as? [String: Any])?["startLine"] as? Int
            else { return nil }
            return "\(uri):\(line)"
        }
        #expect(related.sorted() == ["Fixtures/cross-file/istag.yaml:5", "Fixtures/cross-file/stream.yaml:8"])

        let text = try CLI.run(["Fixtures/cross-file/"], environment: ["NO_COLOR": "1"])
        #expect(
            text.stdout.contains(
                "  see also Fixtures/cross-file/stream.yaml:8:11: the spec tag \"latest\" of the ImageStream \"ruby\" (spec.tags[0].name) is defined here\n"))
    }

    @Test func aTagTheStreamOfAnotherFileLacksIsReportedWithTheStreamRelated() throws {
        let json = try CLI.run(["--format", "json", "Fixtures/cross-file-missing-tag/"])
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let found = diagnostics.map { diagnostic -> String in
            let range = diagnostic["range"] as? [String: [String: Int]] ?? [:]
            let related = (diagnostic["related"] as? [[String: Any]])?.first
            let relatedStart = (related?["range"] as? [String: [String: Int]])?["start"] ?? [:]
            let (start, end) = (range["start"] ?? [:], range["end"] ?? [:])
            return
                "\(diagnostic["ruleId"] ?? "") \(diagnostic["severity"] ?? "") \(diagnostic["file"] ?? "")@\(start["line"] ?? 0):\(start["column"] ?? 0)-\(end["line"] ?? 0):\(end["column"] ?? 0) -> \(related?["file"] ?? "")@\(relatedStart["line"] ?? 0):\(relatedStart["column"] ?? 0)"
        }
        // ruby:3.5 is defined by an ImageStreamTag of a third file: only ruby:3.4 is missing.
        #expect(
            found == ["IST215 warning Fixtures/cross-file-missing-tag/app.yaml@9:11-9:19 -> Fixtures/cross-file-missing-tag/stream.yaml@4:9"])
        // Without the stream, nothing to compare with.
        let alone = try CLI.run(["--format", "json", "Fixtures/cross-file-missing-tag/app.yaml"])
        #expect(!alone.stdout.contains("IST215"))
    }

    @Test func aRunThatSeesOneOfTheFilesSaysNothing() throws {
        for file in ["Fixtures/cross-file/istag.yaml", "Fixtures/cross-file/stream.yaml"] {
            let run = try CLI.run(["--format", "json", file])
            #expect(run.status == 0)
            #expect(!run.stdout.contains("IST212"))
        }
    }

    @Test func ignoringTheRuleTurnsItOff() throws {
        let off = try CLI.run(["--quiet", "--ignore", "duplicate-tag", "Fixtures/cross-file/"])
        #expect(off.status == 0)
        #expect(off.stdout.isEmpty)
    }
}
