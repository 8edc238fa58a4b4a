import Foundation
import Testing

/// Exit codes, output formats and the subcommands of the built binary.
struct ExitCodeTests {
    @Test func validManifestExitsZeroWithOnlyTheSummary() throws {
        let outcome = try CLI.run(["Fixtures/careful-pinned-digest.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "1 file, 1 object: 0 errors, 0 warnings, 0 infos\n")
        #expect(outcome.stderr == "")
    }

    @Test func mixedStreamExitsOneWithEveryFindingInText() throws {
        let outcome = try CLI.run(["Fixtures/mixed-stream.yaml"])
        #expect(outcome.status == 1)
        let headlines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("Fixtures/") }
        #expect(headlines.count == 3)
        #expect(headlines[0].hasPrefix("Fixtures/mixed-stream.yaml:12:13: error: apiVersion \"v1\""))
        #expect(headlines[0].hasSuffix("[IST004]"))
        #expect(headlines[1].hasPrefix("Fixtures/mixed-stream.yaml:20:3: warning: duplicate key \"from\""))
        #expect(headlines[2].hasPrefix("Fixtures/mixed-stream.yaml:37:1: error: yaml syntax error"))
        #expect(outcome.stdout.contains(" 12 | apiVersion: v1\n    |             ^^\n"))
        #expect(!outcome.stdout.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    @Test func mixedStreamInJSONHasTheSameFindings() throws {
        let outcome = try CLI.run(["--format", "json", "Fixtures/mixed-stream.yaml"])
        #expect(outcome.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(report["version"] as? Int == 1)
        let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
        let summary = diagnostics.map { diagnostic -> String in
            let range = diagnostic["range"] as? [String: [String: Int]]
            let start = range?["start"] ?? [:]
            return
                "\(diagnostic["ruleId"] ?? "") \(diagnostic["file"] ?? "") \(diagnostic["document"] ?? "") \(start["line"] ?? 0):\(start["column"] ?? 0)@\(start["offset"] ?? -1)"
        }
        #expect(
            summary == [
                "IST004 Fixtures/mixed-stream.yaml 1 12:13@344",
                "IST002 Fixtures/mixed-stream.yaml 1 20:3@467",
                "IST001 Fixtures/mixed-stream.yaml 3 37:1@750",
            ])
    }

    @Test func failOnDecidesWhatFails() throws {
        #expect(try CLI.run(["--fail-on", "info", "Fixtures/careful-pinned-digest.yaml"]).status == 0)
        #expect(try CLI.run(["--fail-on", "warning", "Fixtures/legacy-api-version.yaml"]).status == 1)
        let bad = try CLI.run(["--fail-on", "fatal", "Fixtures/careful-pinned-digest.yaml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("fail-on"))
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try CLI.run(["--no-such-option", "Fixtures/"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--no-such-option"))
        let nothing = try CLI.run([])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("no paths given"))
        #expect(try CLI.run(["--format", "xml", "Fixtures/"]).status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
    }

    @Test func quietPrintsOnlyTheFindings() throws {
        let outcome = try CLI.run(["--quiet", "Fixtures/legacy-api-version.yaml", "Fixtures/careful-pinned-digest.yaml"])
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout
                == "Fixtures/legacy-api-version.yaml:1:13: error: apiVersion \"v1\" is the legacy ungrouped version, which the server refuses for kind ImageStreamTag: write \"image.openshift.io/v1\" [IST004]\n"
        )
    }

    @Test func rulesListsEveryRuleAndRulePrintsItsPage() throws {
        let list = try CLI.run(["rules"])
        #expect(list.status == 0)
        for code in ["IST001", "IST002", "IST003", "IST004", "IST005"] { #expect(list.stdout.contains(code)) }
        let page = try CLI.run(["rule", "IST004"])
        #expect(page.status == 0)
        let checkedIn = try String(contentsOf: CLI.root.appendingPathComponent("rules/IST004.md"), encoding: .utf8)
        #expect(page.stdout == checkedIn)
        #expect(try CLI.run(["rule", "api-version"]).stdout == checkedIn)
        let unknown = try CLI.run(["rule", "IST999"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule \"IST999\""))
    }

    @Test func rulesForAKindListOnlyTheRulesThatCheckIt() throws {
        let codes = { (output: String) in Set(output.split(separator: "\n").map { String($0.prefix(6)) }) }
        let stream = try CLI.run(["rules", "--kind", "ImageStream"])
        #expect(stream.status == 0)
        let streamCodes = codes(stream.stdout)
        // Whole-document rules, tag-reference rules and ImageStream's own; not ImageStreamTag's own.
        #expect(streamCodes.isSuperset(of: ["IST004", "IST101", "IST107", "IST202", "IST210", "IST211", "IST503"]))
        #expect(streamCodes.isDisjoint(with: ["IST106", "IST208", "IST312", "IST402"]))
        let tag = codes(try CLI.run(["rules", "--kind", "ImageStreamTag"]).stdout)
        #expect(tag.isSuperset(of: ["IST106", "IST202", "IST312"]))
        #expect(tag.isDisjoint(with: ["IST210", "IST211"]))
        let unknown = try CLI.run(["rules", "--kind", "imagestream"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.contains(
                "unknown kind \"imagestream\": istaglint lints ImageStreamTag, ImageStream, Image, ImageSignature; did you mean \"ImageStream\""))
        // An Image gets the image rules and the metadata rules, not the stream's.
        let image = codes(try CLI.run(["rules", "--kind", "Image"]).stdout)
        #expect(image.isSuperset(of: ["IST101", "IST104", "IST401", "IST402", "IST403", "IST408"]))
        #expect(image.isDisjoint(with: ["IST106", "IST107", "IST108", "IST202", "IST413"]))
        let signature = codes(try CLI.run(["rules", "--kind", "ImageSignature"]).stdout)
        #expect(signature.isSuperset(of: ["IST104", "IST408", "IST409", "IST413"]))
        #expect(signature.isDisjoint(with: ["IST401", "IST402", "IST410"]))
    }
}

/// The README's first command: `istaglint examples/` prints exactly its golden.
struct QuickStartTests {
    @Test func examplesGiveTheRecordedOutput() throws {
        let outcome = try CLI.run(["examples/"])
        #expect(outcome.status == 1)
        let golden = CLI.root.appendingPathComponent("Fixtures/examples.expected.txt")
        if Recording.current.records(golden: try? String(contentsOf: golden, encoding: .utf8), actual: outcome.stdout) {
            try outcome.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(outcome.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }
}

/// Colour only on a terminal, and never with `NO_COLOR`; `script` gives the binary a terminal.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux's script is not installed: no terminal to test colour on"))
struct ColourTests {
    private func runOnTerminal(_ environment: [String: String]) throws -> String {
        let binary = try #require(CLI.binary)
        return try CLI.run(
            ["-qec", "\(binary.path) examples/nodejs.yaml", "/dev/null"], environment: environment,
            executable: URL(fileURLWithPath: "/usr/bin/script")
        ).stdout
    }

    @Test func colourOnATerminal() throws {
        let output = try runOnTerminal([:])
        #expect(output.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;31m^^\u{1B}[0m"))
    }

    @Test func noColourWhenNOCOLORIsSet() throws {
        let output = try runOnTerminal(["NO_COLOR": "1"])
        #expect(output.contains(": error: apiVersion"))
        #expect(!output.contains("\u{1B}["))
    }
}
