import Foundation
import Testing

/// The fast command-line path and swift-argument-parser must behave the same: every command
/// line here runs both ways (ISTAGLINT_ARGUMENT_PARSER_ONLY forces the parser) and must give
/// the same exit code, output and errors.
struct FastArgumentsTests {
    static let commandLines: [[String]] = [
        ["Fixtures/legacy-api-version.yaml"],
        ["lint", "--quiet", "Fixtures/legacy-api-version.yaml"],
        ["--format", "json", "--fail-on", "warning", "Fixtures/export.yaml"],
        ["--format=sarif", "--select", "IST0,IST5", "--ignore=IST503", "examples/"],
        ["--jobs", "1", "--max-depth", "50", "--no-config", "--no-inline-suppressions", "Fixtures/suppressions.yaml"],
        ["--stdin-filename", "x.yaml", "-"],
        ["--", "Fixtures/careful-list.yaml"],
        ["--format", "xml", "Fixtures/"],
        ["--jobs", "0", "Fixtures/"],
        ["--select", "IST999", "Fixtures/"],
        ["--no-config", "--config", "x.yaml", "Fixtures/"],
        ["--fail-on"],
        [],
        ["rules"],
        ["--quiet", "--unknown", "Fixtures/"],
        ["--apply", "kustomize", "Fixtures/duplicate-keys.yaml"],
        ["--apply=server", "--format", "json", "Fixtures/careful-list.yaml"],
        ["--apply", "serverside", "Fixtures/"],
        ["--verbose", "--no-config", "Fixtures/legacy-api-version.yaml"],
        ["--verbose", "--follow-links", "--quiet", "Fixtures/"],
        ["--max-findings-per-file", "1", "Fixtures/export.yaml"],
        ["--max-findings-per-file=0", "--format", "json", "Fixtures/export.yaml"],
        ["--max-findings-per-file", "-1", "Fixtures/"],
        ["--no-ignore", "--quiet", "Fixtures/config/"],
        // A separate value that looks like an option is a missing value to the argument parser.
        ["--stdin-filename", "-x.yaml", "-"],
        ["--config", "-c.yaml", "Fixtures/export.yaml"],
        ["--select", "--", "Fixtures/export.yaml"],
        ["--max-aliases", "-1", "Fixtures/export.yaml"],
        ["--stdin-filename", "-", "-"],
        ["--max-aliases=-1", "Fixtures/export.yaml"],
        ["--max-file-size=-1", "Fixtures/export.yaml"],
        ["--max-depth=0", "Fixtures/export.yaml"],
        ["--max-aliases", "0", "--max-file-size", "0", "Fixtures/export.yaml"],
    ]

    @Test(arguments: commandLines.indices)
    func fastPathMatchesTheArgumentParser(_ index: Int) throws {
        let arguments = Self.commandLines[index]
        let input = Data("apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n".utf8)
        let fast = try CLI.run(arguments, input: input)
        let parser = try CLI.run(arguments, input: input, environment: ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"])
        #expect(fast.status == parser.status, "\(arguments)")
        #expect(fast.stdout == parser.stdout, "\(arguments)")
        #expect(fast.stderr == parser.stderr, "\(arguments)")
    }
}
