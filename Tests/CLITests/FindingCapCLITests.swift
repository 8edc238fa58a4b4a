import Foundation
import Testing

/// `--max-findings-per-file` caps one file's findings in both argument paths (issue 13).
struct FindingCapCLITests {
    @Test(arguments: [false, true])
    func theCapOptionWorks(argumentParserOnly: Bool) throws {
        var yaml = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n  annotations:\n"
        for index in 0..<50 { yaml += "    -bad\(index): v\n" }
        let environment = argumentParserOnly ? ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"] : [:]
        let outcome = try CLI.run(
            ["--no-config", "--quiet", "--select", "IST111,IST005", "--max-findings-per-file", "10", "-"], input: Data(yaml.utf8), environment: environment)
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasSuffix("[IST111]") }.count == 10, "\(outcome.stdout)")
        #expect(lines.filter { $0.hasSuffix("[IST005]") && $0.contains("40 more findings") }.count == 1, "\(outcome.stdout)")
    }
}
