import YAMLTree

/// What linting one file found. It keeps no tree and no bytes, only a little source around each
/// finding, so a run's memory grows with its findings, not with its files.
public struct FileReport: Sendable {
    /// The path as given on the command line, or the name given for standard input.
    public let file: String
    /// The findings, sorted by position.
    public let diagnostics: DiagnosticList
    /// The source around each finding's start, by the start's byte offset, for text reports.
    public let excerpts: [Int: Excerpt]
    /// How many documents the file holds (complete ones, before any syntax error).
    public let documentCount: Int
    /// The ImageStreamTag objects linted, in file order, when the linter was asked to keep them.
    public let objects: [ObjectSummary]
    /// How many ImageStreamTag objects were linted.
    public let objectCount: Int
    /// How many documents were not linted: not a mapping, no `kind`, or a kind istaglint does not know.
    public let skippedDocumentCount: Int

    /// Bundles the outcome for one file.
    public init(
        file: String, diagnostics: DiagnosticList, excerpts: [Int: Excerpt] = [:], documentCount: Int,
        objects: [ObjectSummary], objectCount: Int? = nil, skippedDocumentCount: Int
    ) {
        self.file = file
        self.diagnostics = diagnostics
        self.excerpts = excerpts
        self.documentCount = documentCount
        self.objects = objects
        self.objectCount = objectCount ?? objects.count
        self.skippedDocumentCount = skippedDocumentCount
    }

    /// Bundles the outcome for one file, with diagnostics given whole.
    public init(
        file: String, diagnostics: [Diagnostic], excerpts: [Int: Excerpt] = [:], documentCount: Int,
        objects: [ObjectSummary], objectCount: Int? = nil, skippedDocumentCount: Int
    ) {
        self.init(
            file: file, diagnostics: DiagnosticList(diagnostics), excerpts: excerpts, documentCount: documentCount,
            objects: objects, objectCount: objectCount, skippedDocumentCount: skippedDocumentCount)
    }

    /// The same report with only the diagnostics that pass a filter.
    public func keeping(_ isKept: (Diagnostic) -> Bool) -> FileReport {
        FileReport(
            file: file, diagnostics: diagnostics.filter(isKept), excerpts: excerpts, documentCount: documentCount,
            objects: objects, objectCount: objectCount, skippedDocumentCount: skippedDocumentCount)
    }
}
