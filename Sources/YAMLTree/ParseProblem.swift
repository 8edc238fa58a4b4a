/// Why a YAML stream could not be read to its end.
public struct ParseProblem: Sendable, Hashable {
    /// The family of a problem, which decides the rule that reports it.
    public enum Kind: String, Sendable, Hashable {
        /// libyaml refused the text: a scanner, parser or reader error.
        case syntax
        /// The text is in an encoding kubectl does not read (a UTF-32 byte order mark), or is not valid UTF-16.
        case encoding
        /// Collections nest deeper than `ParseOptions.maxDepth`; reading stopped there.
        case depthLimit
        /// More aliases than `ParseOptions.maxAliases`; reading stopped there.
        case aliasLimit
        /// The file is larger than `ParseOptions.maxFileSize`; it was not parsed.
        case sizeLimit
    }

    /// The family of the problem.
    public var kind: Kind
    /// A lowercase sentence that says what is wrong, with libyaml's own words for syntax errors.
    public var message: String
    /// The characters the problem points at.
    public var range: SourceRange
    /// The 0-based index of the document the problem is in.
    public var documentIndex: Int

    /// Creates a problem.
    public init(kind: Kind, message: String, range: SourceRange, documentIndex: Int) {
        self.kind = kind
        self.message = message
        self.range = range
        self.documentIndex = documentIndex
    }

    /// The problem of a file larger than the size limit, which is not parsed at all.
    public static func fileTooLarge(size: Int, limit: Int) -> ParseProblem {
        ParseProblem(
            kind: .sizeLimit,
            message: "the file is \(size) bytes, more than the \(limit) istaglint reads; it was not checked (raise the limit with --max-file-size)",
            range: SourceRange(at: Mark(line: 1, column: 1, offset: 0)), documentIndex: 0)
    }
}
