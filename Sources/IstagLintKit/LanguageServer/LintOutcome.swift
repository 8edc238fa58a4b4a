/// A document's lint, and the revision of the text it was made of.
struct LintOutcome: Sendable {
    /// The document's revision when it was linted.
    var revision: Int
    /// The text linted.
    var text: DocumentText
    /// The rules in force; nil when the configuration excludes the file or cannot be used.
    var selection: RuleSelection?
    /// The report (its `file` is the name the document is linted under); nil when nothing ran.
    var report: FileReport?

    /// Lints a document with the rules in force for the file it names and the file's name in
    /// reports (`LintSession.selection(forBufferAt:bytes:)`), or records that none are.
    init(linting document: OpenDocument, as found: (selection: RuleSelection, name: String)?, linter: Linter) {
        revision = document.revision
        text = document.text
        selection = found?.selection
        report = found.map { linter.lint(document.text.bytes, file: $0.name, selection: $0.selection) }
    }
}
