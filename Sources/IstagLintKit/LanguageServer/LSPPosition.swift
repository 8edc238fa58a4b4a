/// A place in a document as LSP gives it: a 0-based line and a 0-based character offset on that
/// line, counted in the session's position encoding (UTF-16 code units unless agreed otherwise).
public struct LSPPosition: Sendable, Hashable, Codable, Comparable {
    /// The 0-based line.
    public var line: Int
    /// The 0-based offset on the line, in the session's position encoding.
    public var character: Int

    /// A position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: LSPPosition, rhs: LSPPosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}
