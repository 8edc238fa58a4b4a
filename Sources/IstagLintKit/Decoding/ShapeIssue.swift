import YAMLTree

/// A problem the schema pass found, before it becomes a finding of one of the shape rules.
public struct ShapeIssue: Sendable, Hashable {
    /// Which shape rule reports the issue.
    public enum Kind: Sendable, Hashable {
        /// A field the type does not have (IST101).
        case unknownField
        /// A value of the wrong JSON type, or a string that does not parse as its type (IST102).
        case wrongType
        /// A YAML 1.1 boolean spelling (`yes`, `on`, `y`, …) that kubectl reads as a boolean (IST103).
        case yaml11Boolean
    }

    /// Which rule reports it.
    public var kind: Kind
    /// A lowercase sentence without a trailing period.
    public var message: String
    /// The field path.
    public var path: FieldPath
    /// The characters to underline: the key for an unknown field, the value otherwise.
    public var range: SourceRange
    /// A replacement that resolves it, when there is one.
    public var fix: Fix?
}
