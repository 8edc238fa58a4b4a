/// The tags the files of a run define, for the duplicate-tag rule across files (IST212): a
/// tag defined in one file and again in another is reported at each definition when the run
/// is over, pointing at the others. Definitions within one file were reported with it.
public struct TagIndex: Sendable {
    private var definitions: [TagDefinition] = []

    /// An empty index.
    public init() {}

    /// Takes the definitions of one file's report.
    public mutating func add(_ report: FileReport) {
        definitions += report.tagDefinitions
    }

    /// The findings across files, as reports that hold only them, one per file in the order
    /// the files came.
    public func reports() -> [FileReport] {
        let rule = Linter.duplicateTagRule
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for group in DuplicateTagRule.grouped(definitions) {
            for (definition, finding) in rule.findings(for: group, acrossFiles: true) {
                if byFile[definition.file] == nil { order.append(definition.file) }
                byFile[definition.file, default: []].append(
                    Diagnostic(
                        file: definition.file, document: definition.document, object: definition.identity, ruleId: finding.code,
                        ruleName: rule.description.name, severity: definition.severity, message: finding.message.text, path: finding.path,
                        range: finding.range, fix: nil, related: finding.related))
            }
        }
        return order.map { file in
            let diagnostics = (byFile[file] ?? []).sorted { $0.range.start.offset < $1.range.start.offset }
            return FileReport(file: file, diagnostics: diagnostics, documentCount: 0, objects: [], objectCount: 0, skippedDocumentCount: 0)
        }
    }
}
