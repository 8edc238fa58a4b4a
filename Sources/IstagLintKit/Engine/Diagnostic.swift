import YAMLTree

/// A finding as it is reported: located in a file and an object, with its rule's name and
/// the severity in force.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// The path as given on the command line, or the name given for standard input.
    public var file: String
    /// The 0-based index of the document in the file.
    public var document: Int
    /// The object the finding is about, when it is inside one.
    public var object: ObjectIdentity?
    /// The rule's code (`IST004`).
    public var ruleId: String
    /// The rule's kebab-case name (`api-version`).
    public var ruleName: String
    /// The severity in force.
    public var severity: Severity
    /// A lowercase sentence without a trailing period.
    public var message: String
    /// The field path from the document root, in Kubernetes syntax; empty for the whole document.
    public var path: String
    /// The characters that caused the finding; `end` is exclusive.
    public var range: SourceRange
    /// A replacement that resolves the finding, when there is one.
    public var fix: Fix?
    /// Other places the finding is about, when there are any.
    public var related: [RelatedLocation]?

    /// Creates a diagnostic.
    public init(
        file: String, document: Int, object: ObjectIdentity?, ruleId: String, ruleName: String,
        severity: Severity, message: String, path: String, range: SourceRange, fix: Fix?, related: [RelatedLocation]? = nil
    ) {
        self.file = file
        self.document = document
        self.object = object
        self.ruleId = ruleId
        self.ruleName = ruleName
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.fix = fix
        self.related = related
    }
}
