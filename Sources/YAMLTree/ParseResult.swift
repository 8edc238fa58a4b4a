/// What came out of reading a YAML stream: the documents read in full, and the problem
/// that stopped reading, if any.
public struct ParseResult: Sendable {
    /// The source, for positions and source lines.
    public let source: SourceText
    /// Every document read in full, in stream order. A document cut short by a problem is not here.
    public let documents: [Document]
    /// The problem that stopped reading, or nil when the whole stream was read.
    public let problem: ParseProblem?

    /// Bundles a parse outcome.
    public init(source: SourceText, documents: [Document], problem: ParseProblem?) {
        self.source = source
        self.documents = documents
        self.problem = problem
    }
}
