/// The one walk over text that every escaping writer shares: the writer's rule says what a
/// character becomes, and the walk writes every other character as it is.
///
/// Each writer keeps only its rule: `DisplayText.visibleEscaping` (control characters as
/// `\x1b`), `GitHubReporter.dataEscaping` and `propertyEscaping` (workflow commands),
/// `XMLText.contentEscaping` and `attributeEscaping` (JUnit), `ValueDescription.quoteEscaping`
/// (values quoted in messages). A rule may hand a character on to another writer's rule.
struct TextEscaping: Sendable {
    /// What a character becomes, or nil when it is written as it is.
    let replacement: @Sendable (Unicode.Scalar) -> String?

    /// An escaping by its rule.
    init(_ replacement: @escaping @Sendable (Unicode.Scalar) -> String?) {
        self.replacement = replacement
    }

    /// `text` with every character the rule replaces written as its replacement.
    func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                result += replaced
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
