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

    /// Writes the report suite by suite and case by case; the root element carries the totals,
    /// so every file's cases are worked out first (as positions in its diagnostics, not copies).
    public func write(_ report: RunReport, to output: inout some TextOutputStream) {
        let suites = report.files.map(suite)
        let tests = suites.reduce(report.readFailures.count) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failureCount }
        let errors = report.readFailures.count
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<testsuites name=\"\(XMLText.attribute(ToolInfo.name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n")
        for (file, suite) in zip(report.files, suites) { write(suite, of: file, to: &output) }
        for failure in report.readFailures { write(failure, to: &output) }
        output.write("</testsuites>\n")
    }

    // MARK: - Suites and cases

    /// A file's test cases.
    struct Suite {
        var cases: [Case]
        var failureCount: Int { cases.filter(\.hasFailure).count }
    }

    /// A test case: the positions of its diagnostics in the file's diagnostics, in order.
    struct Case {
        var name: String
        var diagnostics: [Int] = []
        var hasFailure = false
        var hasNote = false
    }

    /// An object of the file as the linter found it, with the positions of the diagnostics it owns.
    private struct Object {
        var document: Int
        var range: SourceRange
        var identity: ObjectIdentity
        var diagnostics: [Int] = []
    }

    private struct ObjectKey: Hashable {
        var document: Int
        var identity: ObjectIdentity
    }

    func suite(_ file: FileReport) -> Suite {
        var objects = file.objects.map { Object(document: $0.document, range: $0.range, identity: $0.identity) }
        var candidates: [ObjectKey: [Int]] = [:]
        for (index, object) in objects.enumerated() {
            candidates[ObjectKey(document: object.document, identity: object.identity), default: []].append(index)
        }
        var outside: [Int] = []
        var orphans: [Object] = []
        var orphanByKey: [ObjectKey: Int] = [:]
        for (position, diagnostic) in file.diagnostics.enumerated() {
            guard let identity = diagnostic.object else {
                outside.append(position)
                continue
            }
            // The owner is found as the linter finds it: the last object of the document
            // whose range holds the finding's start (and, to be sure, with the same identity).
            let key = ObjectKey(document: diagnostic.document, identity: identity)
            let owner = candidates[key]?.last { index in
                objects[index].range.start <= diagnostic.range.start && diagnostic.range.start <= objects[index].range.end
            }
            if let owner {
                objects[owner].diagnostics.append(position)
            } else if let orphan = orphanByKey[key] {
                orphans[orphan].diagnostics.append(position)
            } else {
                orphanByKey[key] = orphans.count
                orphans.append(Object(document: diagnostic.document, range: diagnostic.range, identity: identity, diagnostics: [position]))
            }
        }
        let all = objects + orphans
        let names = JUnitReporter.caseNames(for: all)
        var cases = [makeCase(JUnitReporter.fileCaseName, outside, in: file)]
        for (object, name) in zip(all, names) { cases.append(makeCase(name, object.diagnostics, in: file)) }
        return Suite(cases: cases)
    }

    private func makeCase(_ name: String, _ positions: [Int], in file: FileReport) -> Case {
        var testCase = Case(name: name, diagnostics: positions)
        for position in positions {
            if file.diagnostics[position].severity >= failingSeverity { testCase.hasFailure = true } else { testCase.hasNote = true }
        }
        return testCase
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

    /// A file's suite, one case and one failure at a time.
    private func write(_ suite: Suite, of file: FileReport, to output: inout some TextOutputStream) {
        let name = XMLText.attribute(file.file)
        output.write("  <testsuite name=\"\(name)\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failureCount)\" errors=\"0\">\n")
        for testCase in suite.cases {
            let opening = "    <testcase name=\"\(XMLText.attribute(testCase.name))\" classname=\"\(name)\""
            guard !testCase.diagnostics.isEmpty else {
                output.write(opening + "/>\n")
                continue
            }
            output.write(opening + ">\n")
            for position in testCase.diagnostics {
                let diagnostic = file.diagnostics[position]
                guard diagnostic.severity >= failingSeverity else { continue }
                output.write(
                    "      <failure type=\"\(XMLText.attribute(diagnostic.ruleId))\" message=\"\(XMLText.attribute(diagnostic.message))\">"
                        + XMLText.content(JUnitReporter.details(diagnostic)) + "</failure>\n")
            }
            if testCase.hasNote {
                // The notes, a line feed between them (escaping is character by character,
                // so escaping them one by one gives the escaped whole).
                var separator = "      <system-out>"
                for position in testCase.diagnostics where file.diagnostics[position].severity < failingSeverity {
                    output.write(separator + XMLText.content(JUnitReporter.details(file.diagnostics[position])))
                    separator = "\n"
                }
                output.write("</system-out>\n")
            }
            output.write("    </testcase>\n")
        }
        output.write("  </testsuite>\n")
    }

    /// The suite of a path that could not be read: one case with an error.
    private func write(_ failure: ReadFailure, to output: inout some TextOutputStream) {
        let name = XMLText.attribute(failure.path)
        let error = "cannot read \(DisplayText.escaped(failure.path)): \(failure.reason)"
        output.write("  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\">\n")
        output.write("    <testcase name=\"\(XMLText.attribute(JUnitReporter.fileCaseName))\" classname=\"\(name)\">\n")
        output.write("      <error type=\"unreadable\" message=\"\(XMLText.attribute(error))\">\(XMLText.content(error))</error>\n")
        output.write("    </testcase>\n")
        output.write("  </testsuite>\n")
    }

    /// A diagnostic as the text format's headline, with its field path on a second line.
    static func details(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        var text =
            "\(DisplayText.escaped(diagnostic.file)):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(DisplayText.escaped(diagnostic.message)) [\(diagnostic.ruleId) \(diagnostic.ruleName)]"
        if !diagnostic.path.isEmpty { text += "\nfield: \(DisplayText.escaped(diagnostic.path))" }
        return text
    }
}
