import YAMLTree

/// A pull spec an object holds, read once and parsed once for every rule that checks it.
struct ParsedReference: Sendable {
    /// The spec as written (after YAML decoding).
    let text: String
    /// Where it is written.
    let range: SourceRange
    /// What library-go's parser makes of it.
    let parsed: Result<ImageReference, ImageReferenceError>

    /// Reads a string field and parses it; nil when the field is not a non-empty string.
    init?(_ field: StringField) {
        guard case .value(let text, let range) = field else { return nil }
        self.text = text
        self.range = range
        self.parsed = ImageReference.parse(text)
    }
}
