/// What the files of a run say about tags, for the checks that compare files: a tag defined
/// in one file and again in another (IST212), a tag tracked in one file that the stream of
/// another lacks (IST215). Reported when the run is over, at each place, pointing at the
/// others; what one file says about itself was reported with it.
public struct TagIndex: Sendable {
    private var tags = FileTags()

    /// An empty index.
    public init() {}

    /// Takes what one file's report says about tags.
    public mutating func add(_ report: FileReport) {
        guard !report.tags.isEmpty else { return }
        tags.definitions += report.tags.definitions
        tags.sources += report.tags.sources
        tags.streams += report.tags.streams
    }

    /// The findings across files, as reports that hold only them, one per file in the order
    /// the files came.
    public func reports() -> [FileReport] {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        func add(_ diagnostic: Diagnostic) {
            if byFile[diagnostic.file] == nil { order.append(diagnostic.file) }
            byFile[diagnostic.file, default: []].append(diagnostic)
        }
        let duplicates = Linter.duplicateTagRule
        for group in DuplicateTagRule.grouped(tags.definitions) {
            for (definition, finding) in duplicates.findings(for: group, acrossFiles: true) {
                guard let severity = definition.severity else { continue }
                add(
                    Diagnostic(
                        file: definition.file, document: definition.document, object: definition.identity, ruleId: finding.code,
                        ruleName: duplicates.description.name, severity: severity, message: finding.message.text, path: finding.path,
                        range: finding.range, fix: nil, related: finding.related))
            }
        }
        let missing = Linter.missingTagRule
        for (source, finding) in missing.findings(for: tags, acrossFiles: true) {
            add(
                Diagnostic(
                    file: source.file, document: source.document, object: source.identity, ruleId: finding.code, ruleName: missing.description.name,
                    severity: source.severity, message: finding.message.text, path: finding.path, range: finding.range, fix: nil,
                    related: finding.related))
        }
        return order.map { file in
            let diagnostics = (byFile[file] ?? []).sorted { $0.range.start.offset < $1.range.start.offset }
            return FileReport(file: file, diagnostics: diagnostics, documentCount: 0, objects: [], objectCount: 0, skippedDocumentCount: 0)
        }
    }
}
