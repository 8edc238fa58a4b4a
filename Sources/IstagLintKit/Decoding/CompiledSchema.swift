import YAMLTree

/// The schema catalogue compiled for the schema pass: every field type is a small index into
/// one table, and every object type holds its fields in one array, so walking a document
/// copies no enum boxes or schemas. (Each such copy is a reference count, on objects every
/// thread shares.)
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

    /// One field of an object type.
    struct Field: Sendable {
        /// The JSON name.
        let name: String
        /// The name's bytes, which keys are compared with.
        let bytes: [UInt8]
        /// The field's type, an index in `types`.
        let type: Int
        /// The Go type's name where it is named (see `FieldSpec.goType`).
        let goType: String?
    }

    /// One object type: its schema (for messages) and its fields, in the schema's order.
    struct Object: Sendable {
        let schema: ObjectSchema
        let fields: [Field]
        /// The object type's own index in `types`.
        let type: Int
    }

    /// The catalogue, compiled once.
    static let shared = CompiledSchema(SchemaCatalog.all)

    /// Every type of the catalogue, by index.
    let types: [TypeEntry]
    /// The same types as `FieldType` values, for messages.
    let fieldTypes: [FieldType]
    /// Every object type, in the catalogue's order.
    let objects: [Object]
    /// The type of a string, for the values of string maps.
    let stringType: Int

    init(_ schemas: [ObjectSchema]) {
        var objectIndexes: [String: Int] = [:]
        for (index, schema) in schemas.enumerated() { objectIndexes[schema.name] = index }
        var types: [TypeEntry] = []
        var fieldTypes: [FieldType] = []
        // Keyed by a spelling of the type: hashing `FieldType` itself (an indirect enum) costs
        // more, and its first use looks the conformance up at run time, at start-up.
        var indexes: [String: Int] = [:]
        func key(of type: FieldType) -> String {
            switch type {
            case .string: return "s"
            case .int64: return "i"
            case .bool: return "b"
            case .object(let name): return "o" + name
            case .list(let element): return "l" + key(of: element)
            case .stringMap: return "m"
            case .bytes: return "y"
            case .time: return "t"
            case .freeFormObject: return "f"
            }
        }
        func index(of type: FieldType) -> Int {
            let typeKey = key(of: type)
            if let known = indexes[typeKey] { return known }
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
            indexes[typeKey] = types.count - 1
            return types.count - 1
        }
        objects = schemas.map { schema in
            let fields = schema.fields.map { Field(name: $0.name, bytes: Array($0.name.utf8), type: index(of: $0.type), goType: $0.goType) }
            return Object(schema: schema, fields: fields, type: index(of: .object(schema.name)))
        }
        stringType = index(of: .string)
        self.types = types
        self.fieldTypes = fieldTypes
    }

    /// The type index of an object type, by its name (no hashing: the catalogue has a few
    /// object types, and the usual one comes first).
    func objectType(named name: String) -> Int? {
        objects.first { $0.schema.name == name }?.type
    }

    /// The index in `objects` of the object a type index names, or nil for other types.
    func objectIndex(ofType type: Int) -> Int? {
        let entry = types[type]
        return entry.kind == .object && entry.target >= 0 ? entry.target : nil
    }

    /// The index in `objects[object].fields` of the field a key names: a key written as an
    /// untagged scalar, compared byte for byte (a key that is a field name decodes to
    /// itself); nil for other keys, which are read through `KeyText`.
    func field(of object: Int, forKey key: NodeID, in document: Document) -> Int? {
        let node = document[key]
        guard node.kind == .scalar, !node.hasTag else { return nil }
        return document.withText(of: key) { field(of: object, named: $0) } ?? nil
    }

    /// The index of the field of object `object` whose name has these bytes, or nil: an
    /// object has a few fields, compared in turn, lengths first.
    func field(of object: Int, named name: UnsafeBufferPointer<UInt8>) -> Int? {
        objects[object].fields.firstIndex { field in
            guard field.bytes.count == name.count else { return false }
            var index = 0
            while index < name.count && field.bytes[index] == name[index] { index += 1 }
            return index == name.count
        }
    }

    /// The index of the field of object `object` with a JSON name, or nil (compared byte for
    /// byte, not by Swift's canonical equality of strings).
    func field(of object: Int, named name: String) -> Int? {
        name.withUTF8Bytes { field(of: object, named: $0) }
    }
}
