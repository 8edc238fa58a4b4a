import IstagLintKit

/// A finding as the example tests compare it: where it starts, its field path, severity and message.
struct ExampleFinding: Hashable, CustomStringConvertible {
    var line: Int
    var column: Int
    var path: String
    var severity: Severity
    var message: String

    init(_ diagnostic: Diagnostic) {
        line = diagnostic.range.start.line
        column = diagnostic.range.start.column
        path = diagnostic.path
        severity = diagnostic.severity
        message = diagnostic.message
    }

    /// The finding with its message left out, unless `keep`.
    func withoutMessage(unless keep: Bool) -> ExampleFinding {
        var finding = self
        if !keep { finding.message = "" }
        return finding
    }

    var description: String { "\(line):\(column) \(path.isEmpty ? "<document>" : path) \(severity): \(message)" }
}
