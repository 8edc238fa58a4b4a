import YAMLTree

/// The default output: `path:line:col: severity: message [IST###]`, the source line with
/// the range underlined, and a summary line.
public struct TextReporter: StreamingReporter {
    /// Whether to use ANSI colours (only on a terminal, and never when `NO_COLOR` is set).
    public var color: Bool
    /// Whether to print only the diagnostic lines: no excerpts and no summary.
    public var quiet: Bool

    /// Creates a text reporter.
    public init(color: Bool = false, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }

    /// A file's findings one at a time: the headline of each, with its source line underlined
    /// unless quiet.
    public func write(file: FileReport, progress: inout StreamProgress, to output: inout some TextOutputStream) {
        for diagnostic in file.diagnostics {
            var text = headline(diagnostic) + "\n"
            if !quiet, let excerpt = file.excerpt(at: diagnostic.range.start) {
                text += render(excerpt, under: diagnostic.range, severity: diagnostic.severity)
            }
            for related in quiet ? [] : diagnostic.related ?? [] {
                let start = related.range.start
                text += "  see also \(DisplayText.escaped(related.file)):\(start.line):\(start.column): \(DisplayText.escaped(related.message))\n"
            }
            output.write(text)
            progress.diagnosticsWritten += 1
        }
    }

    /// The summary line unless quiet (unreadable paths go to standard error, not here).
    public func writeClosing(summary: Summary, readFailures: [ReadFailure], progress: StreamProgress, to output: inout some TextOutputStream) {
        if !quiet { output.write(summaryLine(summary) + "\n") }
    }

    func headline(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        let severity = paint(diagnostic.severity.rawValue, severityStyle(diagnostic.severity))
        return
            "\(DisplayText.escaped(diagnostic.file)):\(start.line):\(start.column): \(severity): \(DisplayText.escaped(diagnostic.message)) \(paint("[\(diagnostic.ruleId)]", "2"))"
    }

    /// The source line of a range with a gutter, and a caret line under the range.
    ///
    /// Tabs before the range are repeated in the caret line so the carets line up; a range
    /// that runs past its first line is underlined to the end of that line; a long line is
    /// shown as the excerpt's window, with `…` where it is cut.
    func render(_ excerpt: Excerpt, under range: SourceRange, severity: Severity) -> String {
        let scalars = Array(excerpt.text.unicodeScalars)
        let startColumn = max(0, min(range.start.column - excerpt.firstColumn, scalars.count))
        let lastColumn = range.end.line == range.start.line ? range.end.column - excerpt.firstColumn : scalars.count
        let endColumn = max(startColumn + 1, min(lastColumn, scalars.count + 1))
        var text = excerpt.cutBefore ? "…" : ""
        var marker = excerpt.cutBefore ? " " : ""
        for (column, scalar) in scalars.enumerated() {
            let printable = scalar == "\t" || !DisplayText.needsEscape(scalar)
            text.unicodeScalars.append(printable ? scalar : "\u{FFFD}")
            if column < startColumn { marker.unicodeScalars.append(scalar == "\t" ? "\t" : " ") }
        }
        if excerpt.cutAfter { text += "…" }
        marker += paint(String(repeating: "^", count: endColumn - startColumn), severityStyle(severity))
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        return " \(number) | \(text)\n \(gutter) | \(marker)\n"
    }

    /// The closing line: files, objects, skipped documents, unreadable paths, and counts by severity.
    public func summaryLine(_ summary: Summary) -> String {
        var parts = [count(summary.files, "file"), count(summary.objects, "object")]
        if summary.notManifests > 0 {
            parts.append(summary.notManifests == 1 ? "1 file not a manifest" : "\(summary.notManifests) files not manifests")
        }
        if summary.skippedDocuments > 0 { parts.append(count(summary.skippedDocuments, "other document") + " skipped") }
        if summary.unreadable > 0 { parts.append(count(summary.unreadable, "path") + " unreadable") }
        let findings = [count(summary.errors, "error"), count(summary.warnings, "warning"), count(summary.infos, "info")]
        let line = parts.joined(separator: ", ") + ": " + findings.joined(separator: ", ")
        guard let fixed = summary.fixed else { return line }
        return line + " remaining, \(fixed) fixed"
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
