import Foundation
import IstagLintKit
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses XML with Foundation's parser and keeps every element, its attributes and its text.
///
/// On Linux `XMLParser.parse()` returns true for some malformed documents (an unclosed root,
/// a second root), so a document counts as well-formed only when the parser also reported no
/// error, every element was closed, and there was exactly one root.
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private(set) var parseError: String?
    private var open: [Int] = []
    private var roots = 0

    /// The elements of a document, or the parser's error when it is not well-formed.
    static func parse(_ xml: String) -> (elements: [Element], error: String?) {
        let collector = XMLElements()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        let ok = parser.parse()
        var error = collector.parseError ?? parser.parserError.map { "\($0)" }
        if error == nil && !ok { error = "not well-formed" }
        if error == nil && !collector.open.isEmpty { error = "unclosed element \(collector.elements[collector.open[0]].name)" }
        if error == nil && collector.roots != 1 { error = "\(collector.roots) root elements" }
        return (collector.elements, error)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        if open.isEmpty { roots += 1 }
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributeDict))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if !open.isEmpty { open.removeLast() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        self.parseError = "\(parseError)"
    }
}

struct JUnitReporterTests {
    static func parsed(_ report: RunReport, reporter: JUnitReporter = JUnitReporter()) throws -> [XMLElements.Element] {
        let output = reporter.render(report)
        let (elements, error) = XMLElements.parse(output)
        try #require(error == nil, "\(error ?? "")\n\(output)")
        return elements
    }

    /// The check means something: the parser refuses what is not well-formed XML.
    @Test func parserRefusesMalformedXML() {
        #expect(XMLElements.parse("<a><b></a>").error != nil)
        #expect(XMLElements.parse("<a>").error != nil)
        #expect(XMLElements.parse("<a></a><c/>").error != nil)
        #expect(XMLElements.parse("").error != nil)
        #expect(XMLElements.parse("<a x=\"1\u{0}\"/>").error != nil)
        #expect(XMLElements.parse("<a>1 & 2</a>").error != nil)
        #expect(XMLElements.parse("<a x=\"&lt;\"/>").error == nil)
    }

    @Test(arguments: FixtureTests.fixtureNames)
    func everyFixtureIsWellFormedWithConsistentCounts(_ name: String) throws {
        let report = try FixtureTests.report(for: name)
        let elements = try Self.parsed(report)
        #expect(elements.first?.name == "testsuites")
        let suites = elements.filter { $0.name == "testsuite" }
        let cases = elements.filter { $0.name == "testcase" }
        #expect(suites.count == 1)
        #expect(suites.first?.attributes["name"] == "Fixtures/\(name)")
        // One case per object, and the whole-file case.
        #expect(cases.count == report.files[0].objectCount + 1)
        #expect(cases.first?.attributes["name"] == JUnitReporter.fileCaseName)
        #expect(cases.allSatisfy { $0.attributes["classname"] == "Fixtures/\(name)" })
        // Every finding is one failure.
        let failures = elements.filter { $0.name == "failure" }
        #expect(failures.map { $0.attributes["type"] ?? "" }.sorted() == report.diagnostics.map(\.ruleId).sorted())
        #expect(Set(failures.map { $0.attributes["message"] ?? "" }) == Set(report.diagnostics.map(\.message)))
        for element in [elements[0]] + suites {
            #expect(element.attributes["tests"] == String(cases.count))
            #expect(element.attributes["errors"] == "0")
        }
    }

    @Test func knownFixtureHasOneCasePerObjectAndOneFailurePerFinding() throws {
        let report = try FixtureTests.report(for: "IST201-IST208-tag.yaml")
        let elements = try Self.parsed(report)
        #expect(elements[0].attributes == ["name": "istaglint", "tests": "5", "failures": "4", "errors": "0"])
        #expect(elements[1].attributes == ["name": "Fixtures/IST201-IST208-tag.yaml", "tests": "5", "failures": "4", "errors": "0"])
        let cases = elements.filter { $0.name == "testcase" }.map { $0.attributes["name"] ?? "" }
        #expect(cases == ["whole file", "ImageStreamTag ruby:3.3", "ImageStreamTag ruby:3.4", "ImageStreamTag ruby:3.5", "ImageStreamTag ruby:stable"])
        // Failures follow their case: the last object owns six findings.
        var owner: [String: [String]] = [:]
        var current = ""
        for element in elements {
            if element.name == "testcase" { current = element.attributes["name"] ?? "" }
            if element.name == "failure" { owner[current, default: []].append(element.attributes["type"] ?? "") }
        }
        #expect(owner["whole file"] == nil)
        #expect(owner["ImageStreamTag ruby:3.3"] == ["IST202"])
        #expect(owner["ImageStreamTag ruby:stable"] == ["IST208", "IST204", "IST205", "IST207", "IST507", "IST206"])
        let first = try #require(elements.first { $0.name == "failure" })
        #expect(first.attributes["message"] == report.diagnostics[0].message)
        #expect(first.text == "Fixtures/IST201-IST208-tag.yaml:9:11: error: \(report.diagnostics[0].message) [IST202 from-kind]\nfield: tag.from.kind")
    }

    @Test func findingsBelowTheFailingSeverityAreOutputNotFailures() throws {
        let report = try FixtureTests.report(for: "IST201-IST208-tag.yaml")
        let elements = try Self.parsed(report, reporter: JUnitReporter(failingSeverity: .error))
        #expect(elements.filter { $0.name == "failure" }.count == 8)
        #expect(!elements.contains { $0.name == "failure" && $0.attributes["type"] == "IST507" })
        let output = elements.filter { $0.name == "system-out" }
        #expect(output.count == 1)
        #expect(output.first?.text.hasPrefix("Fixtures/IST201-IST208-tag.yaml:44:17: warning: ") == true)
        // A file whose only findings are warnings passes entirely.
        let warningsOnly = ReporterTestSupport.report([ReporterTestSupport.diagnostic(severity: .warning, object: nil)])
        let passing = try Self.parsed(warningsOnly, reporter: JUnitReporter(failingSeverity: .error))
        #expect(passing[0].attributes["failures"] == "0")
    }

    @Test func fileLevelFindingsFailTheWholeFileCase() throws {
        let elements = try Self.parsed(try FixtureTests.report(for: "nul-byte.yaml"))
        #expect(elements.filter { $0.name == "testcase" }.map { $0.attributes["name"] } == ["whole file"])
        let failure = try #require(elements.first { $0.name == "failure" })
        #expect(failure.attributes["type"] == "IST001")
        #expect(failure.text.hasPrefix("Fixtures/nul-byte.yaml:4:10: error: yaml syntax error: control characters are not allowed (byte 0x00)"))
        #expect(elements[0].attributes["failures"] == "1")
    }

    @Test func aFileWithoutObjectsOrFindingsStillHasAPassingCase() throws {
        for name in ["empty.yaml", "comments-only.yaml", "not-a-manifest.yaml"] {
            let elements = try Self.parsed(try FixtureTests.report(for: name))
            #expect(elements.map(\.name) == ["testsuites", "testsuite", "testcase"], "\(name)")
            #expect(elements[1].attributes == ["name": "Fixtures/\(name)", "tests": "1", "failures": "0", "errors": "0"])
        }
    }

    @Test func markupQuotesControlCharactersAndLineBreaksAreEscaped() throws {
        let message = "x < y && \"z\" is 'w' > v\u{0}end\u{1B}\ttab\r\nnext"
        let file = "odd&<dir>/\"quoted\"'\u{0}.yaml"
        let report = ReporterTestSupport.report([ReporterTestSupport.diagnostic(file: file, message: message, object: nil)])
        let output = JUnitReporter().render(report)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        let elements = try Self.parsed(report)
        let expectedFile = "odd&<dir>/\"quoted\"'\u{FFFD}.yaml"
        let expectedMessage = "x < y && \"z\" is 'w' > v\u{FFFD}end\u{FFFD}\ttab\r\nnext"
        #expect(elements[1].attributes["name"] == expectedFile)
        let testCase = try #require(elements.first { $0.name == "testcase" })
        #expect(testCase.attributes["classname"] == expectedFile)
        let failure = try #require(elements.first { $0.name == "failure" })
        #expect(failure.attributes["message"] == expectedMessage)
        // The body is a line-oriented text, like the text format: control characters and line
        // breaks from input are visible escapes, so no value starts a line of its own.
        let bodyFile = #"odd&<dir>/"quoted"'\x00.yaml"#
        let bodyMessage = #"x < y && "z" is 'w' > v\x00end\x1b\ttab\r\nnext"#
        #expect(failure.text == "\(bodyFile):3:5: error: \(bodyMessage) [IST004 api-version]\nfield: apiVersion")
    }

    @Test func objectsAreNamedAndTellApart() throws {
        let text = """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata: {namespace: web, name: "ruby:3.3"}
            tag: {from: {kind: DockerImage, name: quay.io/example/ruby:3.3}}
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata: {namespace: web, name: "ruby:3.3"}
            tag: {from: {kind: DockerImage, name: quay.io/example/ruby:3.3}}
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata: {}
            tag: {from: {kind: DockerImage, name: quay.io/example/ruby:3.3}}

            """
        let report = ReporterTestSupport.report(linting: text, file: "tags.yaml")
        #expect(report.files[0].objectCount == 3)
        let elements = try Self.parsed(report)
        let names = elements.filter { $0.name == "testcase" }.map { $0.attributes["name"] ?? "" }
        #expect(
            names == [
                "whole file", "ImageStreamTag web/ruby:3.3 (line 1)", "ImageStreamTag web/ruby:3.3 (line 6)",
                "ImageStreamTag without a name (line 11)",
            ])
    }

    /// A finding whose object is not found again in the file's bytes (a report built by
    /// hand, or parsed with other limits) still gets a case of its own.
    @Test func findingsOfObjectsNotFoundAgainKeepACase() throws {
        let report = ReporterTestSupport.report([
            ReporterTestSupport.diagnostic(line: 3, ruleId: "IST004"),
            ReporterTestSupport.diagnostic(line: 5, ruleId: "IST101", ruleName: "unknown-field"),
            ReporterTestSupport.diagnostic(
                line: 9, ruleId: "IST102", ruleName: "wrong-type", object: ObjectIdentity(kind: "ImageStreamTag", namespace: "web", name: "go:1.23")),
        ])
        let elements = try Self.parsed(report)
        var owner: [String: [String]] = [:]
        var current = ""
        for element in elements {
            if element.name == "testcase" { current = element.attributes["name"] ?? "" }
            if element.name == "failure" { owner[current, default: []].append(element.attributes["type"] ?? "") }
        }
        #expect(owner == ["ImageStreamTag ruby:3.3": ["IST004", "IST101"], "ImageStreamTag web/go:1.23": ["IST102"]])
        #expect(elements[0].attributes["tests"] == "3")
    }

    @Test func unreadablePathsAreErrors() throws {
        let report = ReporterTestSupport.report(
            [ReporterTestSupport.diagnostic(file: "a.yaml", object: nil)],
            readFailures: [ReadFailure(path: "missing.yaml", reason: "no such file or directory")])
        let elements = try Self.parsed(report)
        #expect(elements[0].attributes == ["name": "istaglint", "tests": "2", "failures": "1", "errors": "1"])
        let suite = try #require(elements.last { $0.name == "testsuite" })
        #expect(suite.attributes == ["name": "missing.yaml", "tests": "1", "failures": "0", "errors": "1"])
        let error = try #require(elements.first { $0.name == "error" })
        #expect(error.attributes["message"] == "cannot read missing.yaml: no such file or directory")
    }
}
