/// Where a place in a manifest is in the schema catalogue: the type of the mapping that holds
/// it, and the field it is, worked out from the text's outline (`YAMLOutline`) and the kind of
/// its object. An item of a `List` (`items:`) or a Template (`objects:`) takes its own kind.
struct SchemaCursor {
    /// The type of the mapping the place is in; nil when the kind is not one istaglint knows,
    /// or the path leaves the catalogue (a label's value, a free-form object).
    var mapping: ObjectSchema?
    /// The field path from the object's root, in Kubernetes syntax (`tag.from`, `spec.tags[]`).
    var path: String
    /// Whether the mapping is an object's root (the document's, or an item's of a list).
    var isObjectRoot: Bool

    /// The kinds that hold objects in a list: the lists of the linted kinds the group serves
    /// (`ObjectKind(listNamed:)`), `List` (`items`) and Template (`objects`).
    static let containerKinds = ObjectKind.allCases.map { $0.name + "List" }.filter { ObjectKind(listNamed: $0) != nil } + ["List", "Template"]

    /// The place of a mapping whose enclosing levels are `ancestors` in the document holding `line`.
    init(ancestors: [YAMLOutline.Ancestor], outline: YAMLOutline, line: Int) {
        var levels = ancestors[...]
        var kind = outline.rootKind(around: line)
        var path = ""
        var root: ObjectSchema? = kind.flatMap(ObjectKind.init(named:))?.schema
        if let container = kind, Self.containerKinds.contains(container) {
            let listField = container == "Template" ? "objects" : "items"
            root = Self.containerSchema(container)
            if levels.count >= 2, levels.first?.element == .key(listField), let item = levels.dropFirst().first, item.element == .item {
                kind = outline.itemKind(dashLine: item.line, dashColumn: item.column)
                root = kind.flatMap(ObjectKind.init(named:))?.schema
                levels = levels.dropFirst(2)
                path = "\(listField)[]"
            }
        }
        if kind == nil && levels.isEmpty { root = Self.anyObject }
        var schema = root
        var pendingList: FieldType?
        var steps = path.isEmpty ? [] : [path]
        for level in levels {
            switch level.element {
            case .key(let name):
                guard pendingList == nil, let current = schema, let field = current.field(named: name) else {
                    schema = nil
                    break
                }
                steps.append(name)
                switch field.type {
                case .object(let typeName): schema = SchemaCatalog.schema(named: typeName)
                case .list(let element): pendingList = element
                default: schema = nil
                }
            case .item:
                guard let element = pendingList else {
                    schema = nil
                    break
                }
                pendingList = nil
                if !steps.isEmpty { steps[steps.count - 1] += "[]" }
                if case .object(let typeName) = element { schema = SchemaCatalog.schema(named: typeName) } else { schema = nil }
            }
            if schema == nil { break }
        }
        self.init(mapping: pendingList == nil ? schema : nil, path: steps.joined(separator: "."), isObjectRoot: levels.isEmpty)
    }

    private init(mapping: ObjectSchema?, path: String, isObjectRoot: Bool) {
        self.mapping = mapping
        self.path = path
        self.isObjectRoot = isObjectRoot
    }

    /// The fields every object has, offered before its kind is written.
    static let anyObject = ObjectSchema(
        "Object", fields: SchemaCatalog.imageStreamTag.fields.filter { ["apiVersion", "kind", "metadata"].contains($0.name) })

    /// The fields of a `List` or a Template, around the objects they hold.
    static func containerSchema(_ kind: String) -> ObjectSchema {
        guard kind == "Template" else {
            return ObjectSchema(kind, fields: anyObject.fields + [FieldSpec("items", .list(.freeFormObject), "The objects of the list.")])
        }
        return ObjectSchema(
            kind,
            fields: anyObject.fields + [
                FieldSpec("objects", .list(.freeFormObject), "The objects the template creates, with ${PARAMETER} references."),
                FieldSpec("parameters", .list(.freeFormObject), "The parameters the objects refer to as ${NAME}."),
                FieldSpec("labels", .stringMap, "Labels applied to every object the template creates."),
                FieldSpec("message", .string, "A message shown when the template is processed."),
            ])
    }

    /// The kinds offered for a root `kind:`.
    static let rootKinds = ObjectKind.allCases.map(\.name) + containerKinds
}
