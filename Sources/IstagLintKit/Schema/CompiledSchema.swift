import YAMLTree

/// The schema catalogue compiled for the schema pass: every field type is a small index into
/// one table and every object type a small index with its fields' types, so walking a
/// document copies no strings, arrays or enum boxes. (Each such copy is a reference count on
/// an object every thread shares.)
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

    /// One object type: its schema and its fields' types, in the schema's order.
    struct ObjectEntry: Sendable {
        let schema: ObjectSchema
        let fieldTypes: [Int]
    }

    /// The catalogue, compiled once.
    static let shared = CompiledSchema(SchemaCatalog.all)

    /// Every type of the catalogue, by index.
    let types: [TypeEntry]
    /// The same types as `FieldType` values, for messages.
    let fieldTypes: [FieldType]
    /// Every object type, by index.
    let objects: [ObjectEntry]
    /// The type of a string, for the values of string maps.
    let stringType: Int

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
        let objects = schemas.map { schema in ObjectEntry(schema: schema, fieldTypes: schema.fields.map { index(of: $0.type) }) }
        for schema in schemas { _ = index(of: .object(schema.name)) }
        stringType = index(of: .string)
        self.types = types
        self.fieldTypes = fieldTypes
        self.objects = objects
        self.indexes = indexes
    }

    private let indexes: [FieldType: Int]

    /// The index of a type the catalogue uses, or nil.
    func index(of type: FieldType) -> Int? {
        indexes[type]
    }
}
