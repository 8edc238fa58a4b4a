import YAMLTree

/// The schema catalogue compiled for the schema pass: every field type is a small index into
/// one table, and every object type's fields sit in flat tables (name, length, type), so
/// walking a document copies no strings, arrays or enum boxes. (Each such copy is a
/// reference count, on objects every thread shares.)
struct CompiledSchema: Sendable {
    /// What a type is, without its payload.
    enum Kind: UInt8, Sendable {
        case string, int64, bool, object, list, stringMap, bytes, time, freeFormObject
    }

    /// One type: its kind, and the object it names or the type of its items.
    struct TypeEntry: Sendable {
        let kind: Kind
        /// An object's index in `objects`, a list's item type, otherwise -1; also -1 for an
        /// object type the catalogue does not define.
        let target: Int
    }

    /// The catalogue, compiled once.
    static let shared = CompiledSchema(SchemaCatalog.all)

    /// Every type of the catalogue, by index.
    let types: [TypeEntry]
    /// The same types as `FieldType` values, for messages.
    let fieldTypes: [FieldType]
    /// Every object type's schema, by index (for messages).
    let objects: [ObjectSchema]
    /// Where each object's fields start in the flat field tables; one more entry at the end.
    let fieldStarts: [Int]
    /// Every field of every object: its name, its name's length in bytes and its type.
    let fieldNames: [String]
    let fieldLengths: [Int]
    let fieldTypeIndexes: [Int]
    /// The type of a string, for the values of string maps.
    let stringType: Int
    private let indexes: [FieldType: Int]

    init(_ schemas: [ObjectSchema]) {
        var objectIndexes: [String: Int] = [:]
        for (index, schema) in schemas.enumerated() { objectIndexes[schema.name] = index }
        var types: [TypeEntry] = []
        var fieldTypes: [FieldType] = []
        var indexes: [FieldType: Int] = [:]
        func index(of type: FieldType) -> Int {
            if let known = indexes[type] { return known }
            let entry: TypeEntry
            switch type {
            case .string: entry = TypeEntry(kind: .string, target: -1)
            case .int64: entry = TypeEntry(kind: .int64, target: -1)
            case .bool: entry = TypeEntry(kind: .bool, target: -1)
            case .object(let name): entry = TypeEntry(kind: .object, target: objectIndexes[name] ?? -1)
            case .list(let element): entry = TypeEntry(kind: .list, target: index(of: element))
            case .stringMap: entry = TypeEntry(kind: .stringMap, target: -1)
            case .bytes: entry = TypeEntry(kind: .bytes, target: -1)
            case .time: entry = TypeEntry(kind: .time, target: -1)
            case .freeFormObject: entry = TypeEntry(kind: .freeFormObject, target: -1)
            }
            types.append(entry)
            fieldTypes.append(type)
            indexes[type] = types.count - 1
            return types.count - 1
        }
        var fieldStarts: [Int] = []
        var fieldNames: [String] = []
        var fieldTypeIndexes: [Int] = []
        for schema in schemas {
            fieldStarts.append(fieldNames.count)
            for field in schema.fields {
                fieldNames.append(field.name)
                fieldTypeIndexes.append(index(of: field.type))
            }
        }
        fieldStarts.append(fieldNames.count)
        for schema in schemas { _ = index(of: .object(schema.name)) }
        stringType = index(of: .string)
        self.types = types
        self.fieldTypes = fieldTypes
        self.objects = schemas
        self.fieldStarts = fieldStarts
        self.fieldNames = fieldNames
        self.fieldLengths = fieldNames.map(\.utf8.count)
        self.fieldTypeIndexes = fieldTypeIndexes
        self.indexes = indexes
    }

    /// The index of a type the catalogue uses, or nil.
    func index(of type: FieldType) -> Int? {
        indexes[type]
    }

    /// The flat index of the field of object `object` that a key names: a key written as an
    /// untagged scalar, compared byte for byte (a key that is a field name decodes to
    /// itself); nil for other keys, which are read through `KeyText`.
    func field(of object: Int, forKey key: NodeID, in document: Document) -> Int? {
        let node = document[key]
        guard node.kind == .scalar, !node.hasTag else { return nil }
        let length = node.textLength
        for field in fieldStarts[object]..<fieldStarts[object + 1] where fieldLengths[field] == length && document.hasText(key, fieldNames[field]) {
            return field
        }
        return nil
    }

    /// The flat index of the field of object `object` with a JSON name, or nil.
    func field(of object: Int, named name: String) -> Int? {
        (fieldStarts[object]..<fieldStarts[object + 1]).first { fieldNames[$0].hasSameBytes(as: name) }
    }
}
