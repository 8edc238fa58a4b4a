import YAMLTree

/// A pull spec an object holds, read once and parsed once for every rule that checks it.
struct ParsedReference: Sendable {
    /// The spec as written (after YAML decoding).
    let text: String
    /// Where it is written.
    let range: SourceRange
    /// What library-go's parser makes of it.
    let parsed: Outcome

    /// A parse's result, as `Result` has it. Not a `Result` itself: an object holds it, and the
    /// first `Result` with a failure type of our own that the runtime lays out has it look up
    /// that type's `Error` conformance, a scan of every conformance in the binary, which is a
    /// measurable share of a run on one small file (bench/profile-notes.md).
    enum Outcome: Sendable {
        case success(ImageReference)
        case failure(ImageReferenceError)

        /// What library-go's parser makes of a spec.
        init(parsing spec: String) {
            switch ImageReference.parse(spec) {
            case .success(let reference): self = .success(reference)
            case .failure(let error): self = .failure(error)
            }
        }
    }

    /// Reads a string field and parses it; nil when the field is not a non-empty string.
    init?(_ field: StringField) {
        guard case .value(let text, let range) = field else { return nil }
        self.text = text
        self.range = range
        self.parsed = Outcome(parsing: text)
    }
}
