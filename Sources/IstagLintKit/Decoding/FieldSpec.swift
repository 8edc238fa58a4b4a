/// One field of an API type: its JSON name, type, whether null is allowed, and what it means.
public struct FieldSpec: Sendable, Hashable {
    /// The JSON name.
    public var name: String
    /// The JSON type.
    public var type: FieldType
    /// Whether `null` is accepted. Go's decoder accepts null for every field and leaves the zero
    /// value, so this is true unless a field is listed otherwise.
    public var nullable: Bool
    /// The first sentence of the field's description in the API reference.
    public var summary: String
    /// The Go type's name where it is a named type that Go's decoder names in its errors
    /// (`v1.ImportModeType`); nil where the JSON type says it (`string`, `int64`).
    public var goType: String?
    /// The values the server accepts, for an enumerated string; empty when any string goes.
    public var allowedValues: [String]
    /// The value the server uses when the field is missing, as YAML writes it; nil when none.
    public var defaultValue: String?

    /// Describes a field.
    public init(
        _ name: String, _ type: FieldType, nullable: Bool = true, goType: String? = nil, allowedValues: [String] = [], defaultValue: String? = nil,
        _ summary: String
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.goType = goType
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.summary = summary
    }
}
