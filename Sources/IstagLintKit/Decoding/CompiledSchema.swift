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

    /// The kind of a type that has no payload to index (not an object or a list).
    private static func kind(of type: FieldType) -> Kind {
        switch type {
        case .string: return .string
        case .int64: return .int64
        case .bool: return .bool
        case .stringMap: return .stringMap
        case .bytes: return .bytes
        case .time: return .time
        case .freeFormObject: return .freeFormObject
        case .object: return .object
        case .list: return .list
        }
    }

    init(_ schemas: [ObjectSchema]) {
        var objectIndexes: [String: Int] = [:]
        for (index, schema) in schemas.enumerated() { objectIndexes[schema.name] = index }
        var types: [TypeEntry] = []
        var fieldTypes: [FieldType] = []
        // Each type is found by what it is made of, without hashing or comparing `FieldType`
        // values (an indirect enum: comparing them cost more than the rest of the table, and
        // hashing them has the runtime look the conformance up at start-up), and through
        // arrays rather than dictionaries keyed by `Int` (another conformance lookup).
        var byKind = [Int](repeating: -1, count: 16)
        var byObject = [Int](repeating: -1, count: schemas.count)
        var byUndefinedObject: [String: Int] = [:]
        var byListElement: [Int] = []  // by the element's type index, -1 where none

        func add(_ entry: TypeEntry, _ type: FieldType) -> Int {
            types.append(entry)
            fieldTypes.append(type)
            return types.count - 1
        }
        func index(of type: FieldType) -> Int {
            switch type {
            case .object(let name):
                guard let object = objectIndexes[name] else {
                    if let known = byUndefinedObject[name] { return known }
                    let added = add(TypeEntry(kind: .object, target: -1), type)
                    byUndefinedObject[name] = added
                    return added
                }
                if byObject[object] < 0 { byObject[object] = add(TypeEntry(kind: .object, target: object), type) }
                return byObject[object]
            case .list(let element):
                let elementType = index(of: element)
                if elementType < byListElement.count, byListElement[elementType] >= 0 { return byListElement[elementType] }
                let added = add(TypeEntry(kind: .list, target: elementType), type)
                if byListElement.count <= elementType { byListElement += Array(repeating: -1, count: elementType + 1 - byListElement.count) }
                byListElement[elementType] = added
                return added
            case .string, .int64, .bool, .stringMap, .bytes, .time, .freeFormObject:
                let kind = CompiledSchema.kind(of: type)
                if byKind[Int(kind.rawValue)] < 0 { byKind[Int(kind.rawValue)] = add(TypeEntry(kind: kind, target: -1), type) }
                return byKind[Int(kind.rawValue)]
            }
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
