import Foundation
import Testing

/// The command line follows its peers' conventions (issue 14, item 6): the root help shows the
/// lint options, short flags, `--color`, the format names CI systems use, and one plain sentence
/// for a bad baseline.
struct ConventionTests {
    /// Both ways a command line is read: the fast path and the argument parser.
    static let parsers: [[String: String]] = [[:], ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"]]

    @Test func theRootHelpShowsTheLintOptionsAndTheSubcommands() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let outcome = try CLI.run(arguments)
            #expect(outcome.status == 0)
            for expected in [
                "USAGE: istaglint [lint] [<options>] [<paths> ...]", "-f, --format <format>", "-o, --output <output>",
                "-c, --config <config>", "-j, --jobs <jobs>", "-q, --quiet", "--color <color>", "--version", "rules ", "rule ",
            ] {
                #expect(outcome.stdout.contains(expected), "\(arguments) lacks \(expected)")
            }
        }
    }

    @Test(arguments: parsers)
    func shortFlagsMeanTheirLongOnes(_ environment: [String: String]) throws {
        let scratch = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let config = scratch.appendingPathComponent("config.yaml")
        try "rules:\n  IST004: off\n".write(to: config, atomically: true, encoding: .utf8)
        let long = try CLI.run(["--format", "json", "--jobs", "1", "--quiet", "--config", config.path, "examples/nodejs.yaml"], environment: environment)
        let short = try CLI.run(["-f", "json", "-j", "1", "-q", "-c", config.path, "examples/nodejs.yaml"], environment: environment)
        #expect(long.status == 0, "only warnings are left: \(long.stderr)")
        #expect(!long.stdout.contains("IST004"), "the configuration is read")
        #expect(long.stdout.contains("\"ruleId\" : \"IST002\""))
        #expect(short.status == long.status)
        #expect(short.stdout == long.stdout)
        let report = scratch.appendingPathComponent("report.json")
        let toFile = try CLI.run(["-f", "json", "-o", report.path, "examples/nodejs.yaml"], environment: environment)
        #expect(toFile.status == 1)
        #expect(
            try String(contentsOf: report, encoding: .utf8) == (try CLI.run(["--format", "json", "examples/nodejs.yaml"], environment: environment)).stdout)
    }

    @Test(arguments: parsers)
    func theFormatNamesOfOtherToolsAreAccepted(_ environment: [String: String]) throws {
        let gitlab = try CLI.run(["--format", "gitlab", "examples/nodejs.yaml"], environment: environment)
        for alias in ["codequality", "code-quality", "codeclimate"] {
            #expect(try CLI.run(["--format", alias, "examples/nodejs.yaml"], environment: environment).stdout == gitlab.stdout)
        }
        let github = try CLI.run(["--format", "github", "examples/nodejs.yaml"], environment: environment)
        #expect(try CLI.run(["--format=github-actions", "examples/nodejs.yaml"], environment: environment).stdout == github.stdout)
        let junit = try CLI.run(["-f", "junit", "examples/nodejs.yaml"], environment: environment)
        #expect(try CLI.run(["-f", "junit-xml", "examples/nodejs.yaml"], environment: environment).stdout == junit.stdout)
        let unknown = try CLI.run(["--format", "bogus", "examples/nodejs.yaml"], environment: environment)
        #expect(unknown.status == 2)
    }

    @Test(arguments: parsers)
    func colourIsChosenByColor(_ environment: [String: String]) throws {
        let always = try CLI.run(["--color", "always", "examples/nodejs.yaml"], environment: environment)
        #expect(always.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
        let never = try CLI.run(["--color=never", "examples/nodejs.yaml"], environment: environment)
        #expect(!never.stdout.contains("\u{1B}["))
        let auto = try CLI.run(["--color", "auto", "examples/nodejs.yaml"], environment: environment)
        #expect(!auto.stdout.contains("\u{1B}["), "a pipe is not a terminal")
        #expect(auto.stdout == never.stdout)
        #expect(try CLI.run(["--color", "sometimes", "examples/nodejs.yaml"], environment: environment).status == 2)
    }

    @Test func aBadBaselineIsOnePlainSentence() throws {
        let scratch = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let cases = [
            ("{\"version\": 1, \"findings\": [{\"x\": 1}]}", "is not an istaglint baseline: findings[0] has no \"fingerprint\""),
            ("not json", "is not an istaglint baseline: it is not valid JSON"),
            ("{\"version\": \"1\", \"findings\": []}", "is not an istaglint baseline: version must be a number"),
            ("[]", "is not an istaglint baseline: the document must be an object"),
        ]
        for (index, (text, expected)) in cases.enumerated() {
            let baseline = scratch.appendingPathComponent("b\(index).json")
            try text.write(to: baseline, atomically: true, encoding: .utf8)
            let outcome = try CLI.run(["--baseline", baseline.path, "examples/nodejs.yaml"])
            #expect(outcome.status == 2)
            #expect(outcome.stderr == "istaglint: \(baseline.path) \(expected)\n")
        }
    }
}
