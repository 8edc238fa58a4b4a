import YAMLTree

/// What linting one file found. It keeps no tree, and its findings compactly (see
/// `DiagnosticList`); only for text reports does a file with findings keep its text, until
/// the report is written.
public struct FileReport: Sendable {
    /// The path as given on the command line, or the name given for standard input.
    public let file: String
    /// The findings, sorted by position.
    public let diagnostics: DiagnosticList
    /// The file's text, kept for text reports, which show the source line of each finding;
    /// nil for other formats. Reports are written as they come, a few files behind the
    /// linting at most, so a run keeps only a few files' texts.
    let source: SourceText?
    /// How many documents the file holds (complete ones, before any syntax error).
    public let documentCount: Int
    /// The ImageStreamTag objects linted, in file order, when the linter was asked to keep them.
    public let objects: [ObjectSummary]
    /// How many ImageStreamTag objects were linted.
    public let objectCount: Int
    /// How many documents were not linted: not a mapping, no `kind`, or a kind istaglint does not know.
    public let skippedDocumentCount: Int
    /// Why the file is not a manifest (it does not parse, is JSON with comments or a template,
    /// and names no kind istaglint lints; or it is a template that does), or nil when it was
    /// read as one. Such a file is counted apart and named with `--verbose`.
    public let notManifestReason: String?
    /// What the file's objects say about tags, for the run's checks that compare files
    /// (`TagIndex`); empty when those rules are not in force for the file.
    public let tags: FileTags
    /// What fixing the file did, under `--fix` or `--diff`; the rest of the report is about
    /// the fixed text.
    public internal(set) var fixing: FixOutcome?

    /// Bundles the outcome for one file.
    public init(
        file: String, diagnostics: DiagnosticList, source: SourceText? = nil, documentCount: Int,
        objects: [ObjectSummary], objectCount: Int? = nil, skippedDocumentCount: Int, notManifestReason: String? = nil,
        tags: FileTags = FileTags()
    ) {
        self.file = file
        self.diagnostics = diagnostics
        self.source = source
        self.documentCount = documentCount
        self.objects = objects
        self.objectCount = objectCount ?? objects.count
        self.skippedDocumentCount = skippedDocumentCount
        self.notManifestReason = notManifestReason
        self.tags = tags
    }

    /// Bundles the outcome for one file, with diagnostics given whole.
    public init(
        file: String, diagnostics: [Diagnostic], source: SourceText? = nil, documentCount: Int,
        objects: [ObjectSummary], objectCount: Int? = nil, skippedDocumentCount: Int, notManifestReason: String? = nil
    ) {
        self.init(
            file: file, diagnostics: DiagnosticList(diagnostics), source: source, documentCount: documentCount,
            objects: objects, objectCount: objectCount, skippedDocumentCount: skippedDocumentCount, notManifestReason: notManifestReason)
    }

    /// The source around a finding's start, or nil when the text is not kept or the place
    /// is not text.
    public func excerpt(at start: Mark) -> Excerpt? {
        source.flatMap { Excerpt(around: start, in: $0) }
    }

    /// The same report with only the diagnostics that pass a filter.
    public func keeping(_ isKept: (Diagnostic) -> Bool) -> FileReport {
        var kept = FileReport(
            file: file, diagnostics: diagnostics.filter(isKept), source: source, documentCount: documentCount,
            objects: objects, objectCount: objectCount, skippedDocumentCount: skippedDocumentCount, notManifestReason: notManifestReason,
            tags: tags)
        kept.fixing = fixing
        return kept
    }
}
