import Foundation
import IstagLintKit
import YAMLTree

/// Reports for the reporter tests: real fixtures, all of them at once, and hand-made
/// diagnostics with whatever file name, message and range a test needs.
enum ReporterTestSupport {
    /// The catalogue's rule descriptions, as the command line passes them.
    static let rules = RuleCatalog.all.map(\.description)

    /// One run over every fixture, in name order.
    static func allFixturesReport() throws -> RunReport {
        var files: [FileReport] = []
        for name in FixtureTests.fixtureNames {
            files += try FixtureTests.report(for: name).files
        }
        return RunReport(files: files, readFailures: [])
    }

    /// The run of one manifest text under a file name.
    static func report(linting text: String, file: String) -> RunReport {
        RunReport(files: [Linter().lint(Array(text.utf8), file: file)], readFailures: [])
    }

    /// The text of a fixture.
    static func fixtureText(_ name: String) throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent("Fixtures/\(name)"), encoding: .utf8)
    }

    /// A diagnostic made by hand; offsets are made up but ordered like the lines and columns.
    static func diagnostic(
        file: String = "manifests/tag.yaml", line: Int = 3, column: Int = 5, endLine: Int? = nil, endColumn: Int? = nil,
        severity: Severity = .error, message: String = "apiVersion \"v1\" is not served", ruleId: String = "IST004",
        ruleName: String = "api-version", path: String = "apiVersion", object: ObjectIdentity? = ObjectIdentity(kind: "ImageStreamTag", name: "ruby:3.3")
    ) -> Diagnostic {
        let endLine = endLine ?? line
        let endColumn = endColumn ?? column + 4
        let range = SourceRange(
            start: Mark(line: line, column: column, offset: line * 1_000 + column),
            end: Mark(line: endLine, column: endColumn, offset: endLine * 1_000 + endColumn))
        return Diagnostic(
            file: file, document: 0, object: object, ruleId: ruleId, ruleName: ruleName, severity: severity,
            message: message, path: path, range: range, fix: nil)
    }

    /// A run of hand-made diagnostics, one file per distinct file name, in order of appearance.
    static func report(_ diagnostics: [Diagnostic], readFailures: [ReadFailure] = []) -> RunReport {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if byFile[diagnostic.file] == nil { order.append(diagnostic.file) }
            byFile[diagnostic.file, default: []].append(diagnostic)
        }
        let files = order.map { file in
            let diagnostics = byFile[file] ?? []
            var objects: [ObjectSummary] = []
            for diagnostic in diagnostics {
                guard let identity = diagnostic.object else { continue }
                if let index = objects.firstIndex(where: { $0.document == diagnostic.document && $0.identity == identity }) {
                    let range = objects[index].range
                    objects[index].range = SourceRange(start: min(range.start, diagnostic.range.start), end: max(range.end, diagnostic.range.end))
                } else {
                    objects.append(ObjectSummary(document: diagnostic.document, identity: identity, range: diagnostic.range))
                }
            }
            return FileReport(
                file: file, diagnostics: diagnostics,
                documentCount: 1, objects: objects, skippedDocumentCount: 0)
        }
        return RunReport(files: files, readFailures: readFailures)
    }

    /// A JSON text as Foundation objects.
    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

/// Runs python3 for the checks no Swift library here can do (JSON Schema draft-04).
enum Python {
    /// Whether `python3` runs and can import `jsonschema`.
    static let hasJSONSchema: Bool = {
        guard let result = try? run(["-c", "import jsonschema"]) else { return false }
        return result.status == 0
    }()

    /// Runs `python3` with arguments; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
