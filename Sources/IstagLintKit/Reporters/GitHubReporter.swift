/// The GitHub Actions format: one workflow command per diagnostic
/// (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=IST004 api-version::message`),
/// which the runner turns into annotations on the pull request, then a plain summary line.
///
/// Values are escaped as the Actions toolkit escapes them, so no message or file name can end
/// a command early or start another one.
public struct GitHubReporter: StreamingReporter {
    /// Whether the report ends with the summary line (`--quiet` leaves it out).
    public var includesSummary: Bool

    /// Creates a GitHub Actions reporter.
    public init(includesSummary: Bool = true) {
        self.includesSummary = includesSummary
    }

    /// A file's commands, one per diagnostic, written one at a time.
    public func write(file: FileReport, progress: inout StreamProgress, to output: inout some TextOutputStream) {
        for diagnostic in file.diagnostics {
            output.write(command(for: diagnostic) + "\n")
            progress.diagnosticsWritten += 1
        }
    }

    /// The unreadable paths as `::error` commands, and a last line `istaglint: <summary>`.
    ///
    /// The summary is not a workflow command, so the runner prints it as it is: the log then
    /// says what was linted even when there is nothing to annotate, and an annotation count
    /// never includes it.
    public func writeClosing(summary: Summary, readFailures: [ReadFailure], progress: StreamProgress, to output: inout some TextOutputStream) {
        for failure in readFailures {
            output.write(
                GitHubReporter.command("error", [("file", failure.path), ("title", "istaglint")], "cannot read \(failure.path): \(failure.reason)") + "\n")
        }
        if includesSummary { output.write("istaglint: " + TextReporter().summaryLine(summary) + "\n") }
    }

    /// The workflow command of one diagnostic.
    ///
    /// Columns are sent only for a range on one line: GitHub refuses an annotation with
    /// columns whose start and end lines differ. `endColumn` is exclusive, as everywhere in
    /// istaglint; a range ending at the start of a line ends on the line before.
    func command(for diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        let end = diagnostic.range.end
        let endLine = end.line > start.line && end.column <= 1 ? end.line - 1 : max(start.line, end.line)
        var properties: [(String, String)] = [("file", diagnostic.file), ("line", String(start.line)), ("endLine", String(endLine))]
        if end.line == start.line {
            properties += [("col", String(start.column)), ("endColumn", String(max(start.column, end.column)))]
        }
        properties.append(("title", "\(diagnostic.ruleId) \(diagnostic.ruleName)"))
        return GitHubReporter.command(GitHubReporter.commandName(diagnostic.severity), properties, diagnostic.message)
    }

    /// The command for a severity: `info` is a `notice`.
    static func commandName(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// `::name key=value,key=value::message`, with the values and the message escaped.
    static func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(escapeData(message))"
    }

    /// A message as the toolkit's `escapeData` writes it: `%`, CR and LF percent-encoded; other
    /// control characters (ESC, BEL) and line separators as visible escapes (`\x1b`).
    public static func escapeData(_ text: String) -> String {
        dataEscaping.escaped(text)
    }

    /// A property value as the toolkit's `escapeProperty` writes it: as a message, and `:`
    /// and `,` percent-encoded too, since they end a value.
    public static func escapeProperty(_ text: String) -> String {
        propertyEscaping.escaped(text)
    }

    /// What `escapeData` replaces.
    static let dataEscaping = TextEscaping { scalar in
        switch scalar {
        case "%": return "%25"
        case "\r": return "%0D"
        case "\n": return "%0A"
        default: return DisplayText.visibleEscaping.replacement(scalar)
        }
    }

    /// What `escapeProperty` replaces: what `escapeData` does, and `:` and `,`.
    static let propertyEscaping = TextEscaping { scalar in
        switch scalar {
        case ":": return "%3A"
        case ",": return "%2C"
        default: return dataEscaping.replacement(scalar)
        }
    }
}
