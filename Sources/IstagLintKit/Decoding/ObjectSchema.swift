/// The fields of one API type, and hints for fields people put there by mistake.
public struct ObjectSchema: Sendable, Hashable {
    /// The Go type name (`TagReference`).
    public var name: String
    /// Every field the type has.
    public var fields: [FieldSpec]
    /// Fields of related kinds that land here by mistake, with what to write instead; `{}`
    /// stands for the path of the mapping the field is in (`tag`, `spec.tags[2]`).
    public var misplacedFieldHints: [String: String]
    /// Whether the server decodes the type from a `runtime.RawExtension` of its own, leniently:
    /// unknown fields are ignored, and Go's errors name the type, not the object's path.
    public var isDecodedOnItsOwn: Bool
    /// Whether unknown fields are ignored rather than refused.
    public var ignoresUnknownFields: Bool

    /// Describes a type.
    public init(
        _ name: String, fields: [FieldSpec], misplacedFieldHints: [String: String] = [:],
        isDecodedOnItsOwn: Bool = false, ignoresUnknownFields: Bool = false
    ) {
        self.name = name
        self.fields = fields
        self.misplacedFieldHints = misplacedFieldHints
        self.isDecodedOnItsOwn = isDecodedOnItsOwn
        self.ignoresUnknownFields = ignoresUnknownFields || isDecodedOnItsOwn
    }

    /// The field with a JSON name.
    public func field(named name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }
}
