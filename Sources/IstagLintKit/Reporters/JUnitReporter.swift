import YAMLTree

/// The CI test-report format: JUnit XML with one test suite per file and one test case per
/// ImageStreamTag object, so Jenkins, GitLab and other CI test views list every manifest.
///
/// Each suite also has a `whole file` case for findings outside any object (a syntax error,
/// a list's own fields), which passes when there are none: every file shows up even when it
/// holds no object. Each diagnostic at or above the failing severity is one `<failure>`
/// (`type` the rule code, `message` the message, the body its position and field); findings
/// below it are listed in the case's `<system-out>` and leave it passing. A path that could
/// not be read is a suite whose case has an `<error>`. The counts are of test cases, as JUnit
/// counts them: `failures` is how many cases have a failure.
public struct JUnitReporter: Reporter {
    /// The name of the test case that holds findings outside any object.
    public static let fileCaseName = "whole file"

    /// The lowest severity that fails a test case; pass the run's `--fail-on` so the test
    /// view agrees with the exit code.
    public var failingSeverity: Severity
    /// Creates a JUnit reporter; by default every finding fails its test case.
    public init(failingSeverity: Severity = .info) {
        self.failingSeverity = failingSeverity
    }

    public func render(_ report: RunReport) -> String {
        let suites = report.files.map(suite) + report.readFailures.map(suite)
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failureCount }
        let errors = suites.reduce(0) { $0 + $1.errorCount }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(XMLText.attribute(ToolInfo.name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for suite in suites { xml += render(suite) }
        xml += "</testsuites>\n"
        return xml
    }

    // MARK: - Suites and cases

    struct Suite {
        var name: String
        var cases: [Case]
        var failureCount: Int { cases.filter { !$0.failures.isEmpty }.count }
        var errorCount: Int { cases.filter { $0.error != nil }.count }
    }

    struct Case {
        var name: String
        var failures: [Diagnostic] = []
        var notes: [Diagnostic] = []
        var error: String?
    }

    /// An object of the file as the linter found it, with the diagnostics it owns.
    private struct Object {
        var document: Int
        var range: SourceRange
        var identity: ObjectIdentity
        var diagnostics: [Diagnostic] = []
    }

    private struct ObjectKey: Hashable {
        var document: Int
        var identity: ObjectIdentity
    }

    func suite(_ failure: ReadFailure) -> Suite {
        Suite(name: failure.path, cases: [Case(name: JUnitReporter.fileCaseName, error: "cannot read \(DisplayText.escaped(failure.path)): \(failure.reason)")])
    }

    func suite(_ file: FileReport) -> Suite {
        var objects = self.objects(in: file)
        var candidates: [ObjectKey: [Int]] = [:]
        for (index, object) in objects.enumerated() {
            candidates[ObjectKey(document: object.document, identity: object.identity), default: []].append(index)
        }
        var outside: [Diagnostic] = []
        var orphans: [Object] = []
        for diagnostic in file.diagnostics {
            guard let identity = diagnostic.object else {
                outside.append(diagnostic)
                continue
            }
            // The owner is found as the linter finds it: the last object of the document
            // whose range holds the finding's start (and, to be sure, with the same identity).
            let owner = candidates[ObjectKey(document: diagnostic.document, identity: identity)]?.last { index in
                objects[index].range.start <= diagnostic.range.start && diagnostic.range.start <= objects[index].range.end
            }
            if let owner {
                objects[owner].diagnostics.append(diagnostic)
            } else if let orphan = orphans.firstIndex(where: { $0.document == diagnostic.document && $0.identity == identity }) {
                orphans[orphan].diagnostics.append(diagnostic)
            } else {
                orphans.append(Object(document: diagnostic.document, range: diagnostic.range, identity: identity, diagnostics: [diagnostic]))
            }
        }
        let all = objects + orphans
        let names = JUnitReporter.caseNames(for: all)
        var cases = [makeCase(JUnitReporter.fileCaseName, outside)]
        for (object, name) in zip(all, names) { cases.append(makeCase(name, object.diagnostics)) }
        return Suite(name: file.file, cases: cases)
    }

    private func makeCase(_ name: String, _ diagnostics: [Diagnostic]) -> Case {
        Case(
            name: name,
            failures: diagnostics.filter { $0.severity >= failingSeverity },
            notes: diagnostics.filter { $0.severity < failingSeverity })
    }

    /// The ImageStreamTag objects of a file, as the linter found them.
    private func objects(in file: FileReport) -> [Object] {
        file.objects.map { Object(document: $0.document, range: $0.range, identity: $0.identity) }
    }

    /// Test-case names: `ImageStreamTag web/ruby:3.3`, with the line added where a name is
    /// missing or shared by several objects of the file, and a number where even that is shared.
    private static func caseNames(for objects: [Object]) -> [String] {
        let base = objects.map { object -> String in
            let identity = object.identity
            guard let name = identity.name else { return "\(identity.kind) without a name" }
            return "\(identity.kind) " + (identity.namespace.map { "\($0)/" } ?? "") + name
        }
        var counts: [String: Int] = [:]
        for name in base { counts[name, default: 0] += 1 }
        var names = zip(objects, base).map { object, name in
            object.identity.name == nil || counts[name, default: 0] > 1 ? "\(name) (line \(object.range.start.line))" : name
        }
        var seen: [String: Int] = [:]
        counts = [:]
        for name in names { counts[name, default: 0] += 1 }
        for index in names.indices where counts[names[index], default: 0] > 1 {
            let occurrence = seen[names[index], default: 0] + 1
            seen[names[index]] = occurrence
            names[index] += " #\(occurrence)"
        }
        return names
    }

    // MARK: - Writing XML

    private func render(_ suite: Suite) -> String {
        let name = XMLText.attribute(suite.name)
        var xml = "  <testsuite name=\"\(name)\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failureCount)\" errors=\"\(suite.errorCount)\">\n"
        for testCase in suite.cases {
            xml += "    <testcase name=\"\(XMLText.attribute(testCase.name))\" classname=\"\(name)\""
            guard !testCase.failures.isEmpty || !testCase.notes.isEmpty || testCase.error != nil else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if let error = testCase.error {
                xml += "      <error type=\"unreadable\" message=\"\(XMLText.attribute(error))\">\(XMLText.content(error))</error>\n"
            }
            for diagnostic in testCase.failures {
                xml += "      <failure type=\"\(XMLText.attribute(diagnostic.ruleId))\" message=\"\(XMLText.attribute(diagnostic.message))\">"
                xml += XMLText.content(JUnitReporter.details(diagnostic)) + "</failure>\n"
            }
            if !testCase.notes.isEmpty {
                xml += "      <system-out>" + XMLText.content(testCase.notes.map(JUnitReporter.details).joined(separator: "\n")) + "</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n"
        return xml
    }

    /// A diagnostic as the text format's headline, with its field path on a second line.
    static func details(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        var text = "\(DisplayText.escaped(diagnostic.file)):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(DisplayText.escaped(diagnostic.message)) [\(diagnostic.ruleId) \(diagnostic.ruleName)]"
        if !diagnostic.path.isEmpty { text += "\nfield: \(DisplayText.escaped(diagnostic.path))" }
        return text
    }
}
