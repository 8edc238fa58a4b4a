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
    /// Every field's object (its index in `objects`) and its Go type's name where it is named.
    let fieldOwners: [Int]
    let fieldGoTypes: [String?]
    /// Every field's name as bytes, one after another, and where each starts.
    let fieldNameBytes: [UInt8]
    let fieldNameStarts: [Int]
    /// Each object's fields by name: `nameTableSize` entries per object, open addressing from
    /// `nameHash`, -1 for an empty entry.
    let nameTable: [Int32]
    /// The type index of each object type, in the order of `objects`.
    let objectTypes: [Int]
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
        var fieldStarts: [Int] = []
        var fieldNames: [String] = []
        var fieldTypeIndexes: [Int] = []
        var fieldOwners: [Int] = []
        var fieldGoTypes: [String?] = []
        for (object, schema) in schemas.enumerated() {
            fieldStarts.append(fieldNames.count)
            for field in schema.fields {
                fieldNames.append(field.name)
                fieldTypeIndexes.append(index(of: field.type))
                fieldOwners.append(object)
                fieldGoTypes.append(field.goType)
            }
        }
        fieldStarts.append(fieldNames.count)
        let objectTypes = schemas.map { index(of: .object($0.name)) }
        stringType = index(of: .string)
        self.types = types
        self.fieldTypes = fieldTypes
        self.objects = schemas
        self.objectTypes = objectTypes
        self.fieldStarts = fieldStarts
        self.fieldNames = fieldNames
        self.fieldLengths = fieldNames.map(\.utf8.count)
        self.fieldTypeIndexes = fieldTypeIndexes
        self.fieldOwners = fieldOwners
        self.fieldGoTypes = fieldGoTypes
        var fieldNameBytes: [UInt8] = []
        var fieldNameStarts: [Int] = []
        var nameTable = [Int32](repeating: -1, count: schemas.count * CompiledSchema.nameTableSize)
        for object in schemas.indices {
            precondition(fieldStarts[object + 1] - fieldStarts[object] < CompiledSchema.nameTableSize, "an object with more fields than its name table holds")
            for field in fieldStarts[object]..<fieldStarts[object + 1] {
                let name = Array(fieldNames[field].utf8)
                fieldNameStarts.append(fieldNameBytes.count)
                fieldNameBytes.append(contentsOf: name)
                var probe = CompiledSchema.nameHash(count: name.count, first: name.first ?? 0, last: name.last ?? 0)
                while nameTable[object * CompiledSchema.nameTableSize + probe] >= 0 { probe = (probe + 1) & (CompiledSchema.nameTableSize - 1) }
                nameTable[object * CompiledSchema.nameTableSize + probe] = Int32(field)
            }
        }
        self.fieldNameBytes = fieldNameBytes
        self.fieldNameStarts = fieldNameStarts
        self.nameTable = nameTable
    }

    /// The type index of an object type, by its name (no hashing: the catalogue has a few
    /// object types, and the usual one comes first).
    func objectType(named name: String) -> Int? {
        guard let object = objects.firstIndex(where: { $0.name == name }) else { return nil }
        return objectTypes[object]
    }

    /// The index in `objects` of the object a type index names, or nil for other types.
    func objectIndex(ofType type: Int) -> Int? {
        let entry = types[type]
        return entry.kind == .object && entry.target >= 0 ? entry.target : nil
    }

    /// The flat index of the field of object `object` that a key names: a key written as an
    /// untagged scalar, compared byte for byte (a key that is a field name decodes to
    /// itself); nil for other keys, which are read through `KeyText`.
    func field(of object: Int, forKey key: NodeID, in document: Document) -> Int? {
        let node = document[key]
        guard node.kind == .scalar, !node.hasTag else { return nil }
        let field = document.withText(of: key) { self.field(of: object, named: $0) } ?? -1
        return field < 0 ? nil : field
    }

    /// The flat index of the field of object `object` whose name has these bytes, or -1: one
    /// probe of the object's name table, usually, and one comparison.
    func field(of object: Int, named name: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = name.first, let last = name.last else { return -1 }
        let base = object * CompiledSchema.nameTableSize
        var probe = CompiledSchema.nameHash(count: name.count, first: first, last: last)
        return fieldNameBytes.withUnsafeBufferPointer { names in
            for _ in 0..<CompiledSchema.nameTableSize {
                let field = Int(nameTable[base + probe])
                if field < 0 { return -1 }
                if fieldLengths[field] == name.count {
                    let start = fieldNameStarts[field]
                    var index = 0
                    while index < name.count && names[start + index] == name[index] { index += 1 }
                    if index == name.count { return field }
                }
                probe = (probe + 1) & (CompiledSchema.nameTableSize - 1)
            }
            return -1
        }
    }

    /// Room for each object's fields in `nameTable`: a power of two, well above the most
    /// fields an object has.
    static let nameTableSize = 64

    /// Where a name starts probing: from its length and its first and last bytes.
    @inline(__always)
    static func nameHash(count: Int, first: UInt8, last: UInt8) -> Int {
        (count &* 31 &+ Int(first) &* 7 &+ Int(last)) & (nameTableSize - 1)
    }

    /// The flat index of the field of object `object` with a JSON name, or nil.
    func field(of object: Int, named name: String) -> Int? {
        let field = name.withUTF8Bytes { self.field(of: object, named: $0) }
        return field < 0 ? nil : field
    }
}
