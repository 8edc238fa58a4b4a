import Testing

/// Table tests of the ports of Go semantics: each row is an input and what the Go function
/// gives. A row where our port is known to differ names the difference; the row still runs
/// and is expected to fail, so the test fails once the port is fixed (then clear the note).
enum GoTable {
    /// Runs one row's expectations, as a known issue when the row names a divergence.
    static func check(_ knownDivergence: String?, sourceLocation: SourceLocation = #_sourceLocation, _ body: () -> Void) {
        if let knownDivergence {
            withKnownIssue(Comment(rawValue: knownDivergence), sourceLocation: sourceLocation) { body() }
        } else {
            body()
        }
    }
}
