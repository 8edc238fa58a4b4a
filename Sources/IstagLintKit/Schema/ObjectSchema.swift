/// The fields of one API type, and hints for fields people put there by mistake.
public struct ObjectSchema: Sendable, Hashable {
    /// The Go type name (`TagReference`).
    public var name: String
    /// Every field the type has.
    public var fields: [FieldSpec]
    /// Fields of related kinds that land here by mistake, with what to write instead.
    public var misplacedFieldHints: [String: String]

    /// Describes a type.
    public init(_ name: String, fields: [FieldSpec], misplacedFieldHints: [String: String] = [:]) {
        self.name = name
        self.fields = fields
        self.misplacedFieldHints = misplacedFieldHints
    }

    /// The field with a JSON name.
    public func field(named name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }
}
