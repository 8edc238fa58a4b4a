/// A document's lint, and the revision of the text it was made of.
struct LintOutcome: Sendable {
    /// The document's revision when it was linted.
    var revision: Int
    /// The text linted.
    var text: DocumentText
    /// The report; nil when the configuration excludes the file or cannot be used.
    var report: FileReport?
    /// The name the document was linted under.
    var name: String
}
