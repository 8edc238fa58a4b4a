import Foundation
import IstagLintKit
import Testing

struct GitHubReporterTests {
    @Test func dataEscapesPercentCarriageReturnAndLineFeedOnly() {
        #expect(GitHubReporter.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.escapeData("%0A") == "%250A")
        #expect(GitHubReporter.escapeData("plain") == "plain")
    }

    @Test func propertiesAlsoEscapeColonAndComma() {
        #expect(GitHubReporter.escapeProperty("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b")
        #expect(GitHubReporter.escapeProperty("C:\\x,y") == "C%3A\\x%2Cy")
    }

    @Test func knownFixtureLinesAreExact() throws {
        let output = GitHubReporter().render(try FixtureTests.report(for: "IST201-IST208-tag.yaml"))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 11)
        #expect(
            lines[0]
                == #"::error file=Fixtures/IST201-IST208-tag.yaml,line=9,endLine=9,col=11,endColumn=25,title=IST202 from-kind::tag.from.kind "DockerImage " is not accepted (the server compares case-sensitively): valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'; did you mean "DockerImage""#
        )
        #expect(
            lines[7]
                == #"::warning file=Fixtures/IST201-IST208-tag.yaml,line=44,endLine=44,col=17,endColumn=23,title=IST507 ineffective-import-policy::tag.importPolicy.importMode "legacy" has no effect: a tag of kind ImageStreamTag resolves inside the cluster and imports nothing"#
        )
        #expect(lines[9] == "istaglint: 1 file, 4 objects: 8 errors, 1 warning, 0 infos")
        #expect(lines[10] == "")
    }

    @Test func infoIsANotice() throws {
        let output = GitHubReporter().render(try FixtureTests.report(for: "IST301-IST310-generation-and-status.yaml"))
        #expect(output.contains("\n::notice file=Fixtures/IST301-IST310-generation-and-status.yaml,line=28,endLine=28,col=15,"))
        #expect(output.contains(",title=IST302 "))
    }

    @Test func escapingKeepsEachCommandOnOneLine() {
        let diagnostic = ReporterTestSupport.diagnostic(
            file: "dir/we:ird,name%.yaml", line: 3, column: 5, endLine: 3, endColumn: 9,
            message: "value \"a\r\nb\" is 100% wrong: use x, y", ruleId: "IST004", ruleName: "api-version")
        let output = GitHubReporter().render(ReporterTestSupport.report([diagnostic]))
        #expect(
            output == """
                ::error file=dir/we%3Aird%2Cname%25.yaml,line=3,endLine=3,col=5,endColumn=9,title=IST004 api-version::value "a%0D%0Ab" is 100%25 wrong: use x, y
                istaglint: 1 file, 1 object: 1 error, 0 warnings, 0 infos

                """)
    }

    @Test func multiLineRangesHaveNoColumns() {
        let spanning = ReporterTestSupport.diagnostic(line: 2, column: 3, endLine: 4, endColumn: 6, severity: .warning)
        let endingAtLineStart = ReporterTestSupport.diagnostic(line: 5, column: 3, endLine: 7, endColumn: 1, severity: .info)
        let empty = ReporterTestSupport.diagnostic(line: 8, column: 3, endLine: 8, endColumn: 3)
        let lines = GitHubReporter().render(ReporterTestSupport.report([spanning, endingAtLineStart, empty])).split(separator: "\n")
        #expect(lines[0].hasPrefix("::warning file=manifests/tag.yaml,line=2,endLine=4,title=IST004 api-version::"))
        #expect(lines[1].hasPrefix("::notice file=manifests/tag.yaml,line=5,endLine=6,title=IST004 api-version::"))
        #expect(lines[2].hasPrefix("::error file=manifests/tag.yaml,line=8,endLine=8,col=3,endColumn=3,title=IST004 api-version::"))
    }

    @Test func quietLeavesOutTheSummary() throws {
        let report = try FixtureTests.report(for: "IST201-IST208-tag.yaml")
        let output = GitHubReporter(includesSummary: false).render(report)
        #expect(output.split(separator: "\n").count == 9)
        #expect(output.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
        #expect(GitHubReporter(includesSummary: false).render(RunReport(files: [], readFailures: [])) == "")
    }

    @Test func unreadablePathsAreErrors() {
        let report = ReporterTestSupport.report([], readFailures: [ReadFailure(path: "a,b.yaml", reason: "permission denied")])
        #expect(
            GitHubReporter().render(report) == """
                ::error file=a%2Cb.yaml,title=istaglint::cannot read a,b.yaml: permission denied
                istaglint: 0 files, 0 objects, 1 path unreadable: 0 errors, 0 warnings, 0 infos

                """)
    }

    /// Every line of every fixture's output is a well-formed command, except the summary.
    @Test(arguments: FixtureTests.fixtureNames)
    func everyLineIsACommandOrTheSummary(_ name: String) throws {
        let report = try FixtureTests.report(for: name)
        let output = GitHubReporter().render(report)
        #expect(output.hasSuffix("\n"))
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeLast() == "")
        #expect(lines.count == report.diagnostics.count + 1)
        #expect(lines.last?.hasPrefix("istaglint: ") == true)
        let command =
            #/^::(error|warning|notice) file=[^,:\r\n]+,line=[1-9][0-9]*,endLine=[1-9][0-9]*(,col=[1-9][0-9]*,endColumn=[1-9][0-9]*)?,title=IST[0-9]{3} [a-z0-9-]+::[^\r\n]*$/#
        for (line, diagnostic) in zip(lines.dropLast(), report.diagnostics) {
            #expect(line.wholeMatch(of: command) != nil, "\(line)")
            #expect(line.contains("title=\(diagnostic.ruleId) \(diagnostic.ruleName)::"))
        }
    }
}
