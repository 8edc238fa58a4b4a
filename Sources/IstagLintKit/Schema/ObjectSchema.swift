import YAMLTree

/// The fields of one API type, and hints for fields people put there by mistake.
public struct ObjectSchema: Sendable, Hashable {
    /// The Go type name (`TagReference`).
    public var name: String
    /// Every field the type has.
    public let fields: [FieldSpec]
    /// The indexes in `fields` of the names of each length: a key is compared with the one or
    /// two names as long as it is, not with every name.
    private let fieldsByLength: [[Int]]
    /// Fields of related kinds that land here by mistake, with what to write instead.
    public var misplacedFieldHints: [String: String]

    /// Describes a type.
    public init(_ name: String, fields: [FieldSpec], misplacedFieldHints: [String: String] = [:]) {
        self.name = name
        self.fields = fields
        self.misplacedFieldHints = misplacedFieldHints
        var byLength: [[Int]] = Array(repeating: [], count: (fields.map(\.name.utf8.count).max() ?? 0) + 1)
        for (index, field) in fields.enumerated() { byLength[field.name.utf8.count].append(index) }
        fieldsByLength = byLength
    }

    /// The field a key written as an untagged scalar names, compared byte for byte (a key
    /// that is a field name decodes to itself); nil for other keys, which `field(named:)`
    /// reads through `KeyText`.
    public func field(forKey key: NodeID, in document: Document) -> FieldSpec? {
        fieldIndex(forKey: key, in: document).map { fields[$0] }
    }

    /// The index in `fields` of the field `field(forKey:in:)` finds.
    public func fieldIndex(forKey key: NodeID, in document: Document) -> Int? {
        let node = document[key]
        guard node.kind == .scalar, !node.hasTag else { return nil }
        let length = node.textLength
        guard length < fieldsByLength.count else { return nil }
        for index in fieldsByLength[length] where document.hasText(key, fields[index].name) { return index }
        return nil
    }

    /// The field with a JSON name.
    public func field(named name: String) -> FieldSpec? {
        fieldIndex(named: name).map { fields[$0] }
    }

    /// The index in `fields` of the field with a JSON name.
    public func fieldIndex(named name: String) -> Int? {
        fields.firstIndex { $0.name.hasSameBytes(as: name) }
    }
}
