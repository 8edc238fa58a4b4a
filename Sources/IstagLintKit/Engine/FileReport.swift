import YAMLTree

/// What linting one file found.
public struct FileReport: Sendable {
    /// The path as given on the command line, or the name given for standard input.
    public let file: String
    /// The file's bytes and position arithmetic, for source excerpts.
    public let source: SourceText
    /// The findings, sorted by position.
    public let diagnostics: [Diagnostic]
    /// How many documents the file holds (complete ones, before any syntax error).
    public let documentCount: Int
    /// The ImageStreamTag objects linted, in file order.
    public let objects: [ObjectSummary]
    /// How many ImageStreamTag objects were linted.
    public var objectCount: Int { objects.count }
    /// How many documents were not linted: not a mapping, no `kind`, or a kind istaglint does not know.
    public let skippedDocumentCount: Int

    /// Bundles the outcome for one file.
    public init(file: String, source: SourceText, diagnostics: [Diagnostic], documentCount: Int, objects: [ObjectSummary], skippedDocumentCount: Int) {
        self.file = file
        self.source = source
        self.diagnostics = diagnostics
        self.documentCount = documentCount
        self.objects = objects
        self.skippedDocumentCount = skippedDocumentCount
    }
}
