import YAMLTree

/// The default output: `path:line:col: severity: message [IST###]`, the source line with
/// the range underlined, and a summary line.
public struct TextReporter: Reporter {
    /// Whether to use ANSI colours (only on a terminal, and never when `NO_COLOR` is set).
    public var color: Bool
    /// Whether to print only the diagnostic lines: no excerpts and no summary.
    public var quiet: Bool

    /// The widest excerpt shown around a finding; longer lines are cut to a window.
    static let excerptWidth = 160

    /// Creates a text reporter.
    public init(color: Bool = false, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }

    public func render(_ report: RunReport) -> String {
        var output = ""
        for file in report.files {
            for diagnostic in file.diagnostics {
                output += headline(diagnostic) + "\n"
                if !quiet { output += excerpt(diagnostic.range, line: file.excerptLines[diagnostic.range.start.line] ?? "", severity: diagnostic.severity) }
            }
        }
        if !quiet { output += summaryLine(report.summary) + "\n" }
        return output
    }

    func headline(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        let severity = paint(diagnostic.severity.rawValue, severityStyle(diagnostic.severity))
        return "\(diagnostic.file):\(start.line):\(start.column): \(severity): \(diagnostic.message) \(paint("[\(diagnostic.ruleId)]", "2"))"
    }

    /// The source line of a range with a gutter, and a caret line under the range.
    ///
    /// Tabs before the range are repeated in the caret line so the carets line up; a range
    /// that runs past its first line is underlined to the end of that line; lines longer
    /// than `excerptWidth` are cut to a window around the range.
    func excerpt(_ range: SourceRange, line: String, severity: Severity) -> String {
        var scalars = Array(line.unicodeScalars)
        var startColumn = max(0, range.start.column - 1)
        var endColumn = range.end.line == range.start.line ? range.end.column - 1 : scalars.count
        var prefix = ""
        var suffix = ""
        if scalars.count > TextReporter.excerptWidth {
            let windowStart = max(0, min(startColumn - TextReporter.excerptWidth / 4, scalars.count - TextReporter.excerptWidth))
            let windowEnd = windowStart + TextReporter.excerptWidth
            if windowStart > 0 { prefix = "…" }
            if windowEnd < scalars.count { suffix = "…" }
            scalars = Array(scalars[windowStart..<windowEnd])
            startColumn -= windowStart
            endColumn -= windowStart
        }
        startColumn = max(0, min(startColumn, scalars.count))
        endColumn = max(startColumn + 1, min(endColumn, scalars.count + 1))
        var text = prefix
        var marker = String(repeating: " ", count: prefix.count)
        for (column, scalar) in scalars.enumerated() {
            let printable = scalar == "\t" || (scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA0).contains(scalar.value))
            text.unicodeScalars.append(printable ? scalar : "\u{FFFD}")
            if column < startColumn { marker.unicodeScalars.append(scalar == "\t" ? "\t" : " ") }
        }
        text += suffix
        marker += paint(String(repeating: "^", count: endColumn - startColumn), severityStyle(severity))
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(text)\n \(gutter) | \(marker)\n"
    }

    /// The closing line: files, objects, skipped documents, unreadable paths, and counts by severity.
    public func summaryLine(_ summary: Summary) -> String {
        var parts = [count(summary.files, "file"), count(summary.objects, "object")]
        if summary.skippedDocuments > 0 { parts.append(count(summary.skippedDocuments, "other document") + " skipped") }
        if summary.unreadable > 0 { parts.append(count(summary.unreadable, "path") + " unreadable") }
        let findings = [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.infos, "info")]
        return parts.joined(separator: ", ") + ": " + findings.joined(separator: ", ")
    }

    private func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    private func severityStyle(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .info: return "1;36"
        }
    }

    private func paint(_ text: String, _ style: String) -> String {
        color ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }
}
