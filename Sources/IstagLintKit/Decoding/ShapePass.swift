import YAMLTree

/// The walk of the schema pass (see `ShapeResult`), with its scratch space: a local value of
/// `ShapeResult.init`, never copied.
struct ShapePass {
    /// What the pass found.
    private(set) var issues: [ShapeIssue] = []
    /// The path of the object's root.
    private let rootPath: FieldPath
    /// Nodes whose value is of the wrong type.
    private(set) var invalidNodes: Set<NodeID> = []

    /// The steps from the object's root to the values the pass has met: a value's path is
    /// spelled out only when there is something to report about it.
    private var steps: [(parent: Int, segment: PathSegment)] = []

    private enum PathSegment {
        case root
        /// A field of an object type: the object's index in the compiled catalogue, and the
        /// field's in the object's fields.
        case field(object: Int, field: Int)
        /// A key of a string map: the key node, spelled out as the decoder reads it.
        case mapKey(NodeID)
        case index(Int)
    }

    /// The catalogue the pass walks by.
    private let catalogue = CompiledSchema.shared

    /// Values that are not known before a template is processed: each is taken as invalid
    /// (the rules do not read it) without a finding.
    private let opaque: Set<NodeID>

    init(rootPath: FieldPath, opaque: Set<NodeID> = []) {
        self.rootPath = rootPath
        self.opaque = opaque
        invalidNodes = opaque
    }

    /// Walks one object whose root has the type `schema`.
    mutating func run(root: NodeID, schema: ObjectSchema, in document: Document) {
        steps = [(0, .root)]
        guard let rootType = catalogue.objectType(named: schema.name) else { return }
        var pending: [(node: NodeID, type: Int, step: Int)] = [(root, rootType, 0)]
        // An anchored node that aliases bring in many times is checked once, at its first
        // path, so an alias bomb under a typed list costs linear time.
        var checked: Set<CheckedValue> = []
        pending.reserveCapacity(64)
        steps.reserveCapacity(256)
        while let (node, type, step) = pending.popLast() {
            // Only an alias can reach a node a second time: the rest of the document is a tree.
            if document[node].kind == .alias {
                let target = document.resolved(node)
                guard let target, checked.insert(CheckedValue(node: target, type: type)).inserted else { continue }
            }
            if !opaque.isEmpty, let target = document.resolved(node), opaque.contains(target) {
                invalidNodes.insert(node)
                invalidNodes.insert(target)
                continue
            }
            check(node, as: type, at: step, in: document, pending: &pending)
        }
    }

    private mutating func step(_ segment: PathSegment, under parent: Int) -> Int {
        steps.append((parent, segment))
        return steps.count - 1
    }

    /// The field path of a step, spelled out. (The pass holds no copy of the document: a
    /// copy is a reference count for each of its buffers.)
    private func path(_ step: Int, in document: Document) -> FieldPath {
        let (parent, segment) = steps[step]
        switch segment {
        case .root: return rootPath
        case .field(let object, let field): return path(parent, in: document).child(catalogue.objects[object].fields[field].name)
        case .mapKey(let key): return path(parent, in: document).key(KeyText.of(key, in: document) ?? "")
        case .index(let index): return path(parent, in: document).index(index)
        }
    }

    private struct CheckedValue: Hashable {
        var node: NodeID
        var type: Int
    }

    private mutating func check(
        _ node: NodeID, as typeIndex: Int, at step: Int, in document: Document,
        pending: inout [(node: NodeID, type: Int, step: Int)]
    ) {
        guard let resolved = document.resolved(node) else { return }
        var path: FieldPath { self.path(step, in: document) }
        let range = document[node].range
        if KubernetesScalar.isNull(resolved, in: document) { return }
        // Decoded only where a type needs the value: most values are strings, known from one byte.
        var scalar: KubernetesScalar? { KubernetesScalar.of(resolved, in: document) }
        var type: FieldType { catalogue.fieldTypes[typeIndex] }
        let entry = catalogue.types[typeIndex]
        switch entry.kind {
        case .object:
            let object = entry.target
            guard let entries = document.effectiveEntries(of: resolved), object >= 0 else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
            var reportedKeys: Set<NodeID> = []
            for entry in entries {
                // The usual key is a plain or quoted field name: matched on its bytes; the rest
                // are read as the decoder reads them.
                var field = catalogue.field(of: object, forKey: entry.key, in: document)
                var keyText: String?
                if field == nil {
                    guard let key = KeyText.of(entry.key, in: document) else { continue }
                    field = catalogue.field(of: object, named: key)
                    keyText = key
                }
                if let field {
                    // The object's own apiVersion is the api-version rule's (IST004), which knows what to write instead.
                    if step == 0 && catalogue.objects[object].fields[field].name == "apiVersion" { continue }
                    pending.append((entry.value, catalogue.objects[object].fields[field].type, self.step(.field(object: object, field: field), under: step)))
                } else if let key = keyText, !catalogue.objects[object].schema.ignoresUnknownFields, reportedKeys.insert(entry.key).inserted {
                    unknownField(key, keyNode: entry.key, in: catalogue.objects[object].schema, at: path, fieldPath: path.child(key), document: document)
                }
            }
        case .list:
            guard let items = document.items(of: resolved) else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
            for (index, item) in items.enumerated().reversed() { pending.append((item, entry.target, self.step(.index(index), under: step))) }
        case .stringMap:
            guard let entries = document.effectiveEntries(of: resolved) else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
            for entry in entries {
                // Keys that are not scalars, or decode as null, have no JSON form; another rule reports them.
                guard let key = document.resolved(entry.key), document[key].kind == .scalar, !KubernetesScalar.isNull(key, in: document) else { continue }
                let keyNode = document[entry.key]
                if keyNode.kind == .scalar, keyNode.style == .plain, keyNode.textLength <= 3, let keyText = document.text(of: entry.key),
                    KubernetesScalar.isYAML11OnlyBoolean(keyText), let decoded = KeyText.of(entry.key, in: document)
                {
                    issues.append(
                        ShapeIssue(
                            kind: .yaml11Boolean,
                            message:
                                "the key \(keyText) in \(path) is read by kubectl (YAML 1.1) as the boolean \(decoded), so the key becomes \"\(decoded)\"; quote it: \"\(keyText)\"",
                            path: path.key(decoded), range: keyNode.range,
                            fix: Fix(range: keyNode.range, replacement: YAMLQuoting.doubleQuoted(keyText), applicability: .unsafe)))
                }
                pending.append((entry.value, catalogue.stringType, self.step(.mapKey(entry.key), under: step)))
            }
        case .freeFormObject:
            guard document.isMapping(resolved) else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
        case .string:
            guard KubernetesScalar.isString(resolved, in: document) else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
        case .int64:
            switch scalar {
            case .int: return
            case .float(let value) where GoNumberParsing.isInt64Integral(value): return
            default: wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
        case .bool:
            guard case .bool(let value) = scalar else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
            if let text = document.scalar(resolved), !document[resolved].hasTag, KubernetesScalar.isYAML11OnlyBoolean(text) {
                issues.append(
                    ShapeIssue(
                        kind: .yaml11Boolean,
                        message:
                            "\(path) is \(text), which kubectl (YAML 1.1) reads as \(value) but YAML 1.2 tools such as kustomize and yq read as the string \"\(text)\"; write \(value)",
                        path: path, range: range, fix: Fix(range: range, replacement: "\(value)", applicability: .safe)))
            }
        case .bytes:
            guard case .string(let text) = scalar else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
            if let offset = Base64Format.firstIllegalByte(in: text) {
                invalid(
                    node,
                    "\(path) must be base64 data, found \(ValueDescription.quote(text)), which the server cannot decode (illegal base64 data at input byte \(offset))",
                    at: path, in: document)
            }
        case .time:
            // The usual time is a string checked on its bytes in place; anything else is decoded.
            if KubernetesScalar.isString(resolved, in: document), document.withText(of: resolved, TimeFormat.isRFC3339(bytes:)) == true { return }
            guard case .string(let text) = scalar else {
                return wrongType(node, expected: type, found: scalar, at: path, step: step, in: document)
            }
            if !TimeFormat.isRFC3339(text) {
                invalid(
                    node, "\(path) must be \(type.expectation), found \(ValueDescription.quote(text)), which the server cannot parse", at: path, in: document)
            }
        }
    }

    private mutating func unknownField(_ key: String, keyNode: NodeID, in schema: ObjectSchema, at parent: FieldPath, fieldPath: FieldPath, document: Document)
    {
        let range = document[keyNode].range
        let typeName = "\(ValueDescription.article(for: schema.name)) \(schema.name)"
        let place = parent.description.isEmpty ? typeName : "\(parent) (\(typeName))"
        var message = "unknown field \"\(key)\" in \(place), which the server refuses (strict decoding error: unknown field \"\(fieldPath)\")"
        var fix: Fix?
        if let hint = schema.misplacedFieldHints[key] {
            message += ": " + ShapePass.filling(hint, with: parent.description)
        } else if let nearest = EditDistance.nearest(to: key, in: schema.fields.map(\.name)) {
            message += "; did you mean \"\(nearest)\""
            fix = Fix.nearest(nearest, for: key, at: range)
        } else {
            message += "; valid fields are " + schema.fields.map(\.name).sorted().joined(separator: ", ")
        }
        issues.append(ShapeIssue(kind: .unknownField, message: message, path: fieldPath, range: range, fix: fix))
    }

    /// A misplaced-field hint with each `{}` replaced by the path of the mapping it is about.
    private static func filling(_ hint: String, with path: String) -> String {
        var result = ""
        var index = hint.startIndex
        while index < hint.endIndex {
            let next = hint.index(after: index)
            if hint[index] == "{", next < hint.endIndex, hint[next] == "}" {
                result += path
                index = hint.index(after: next)
            } else {
                result.append(hint[index])
                index = next
            }
        }
        return result
    }

    private mutating func wrongType(_ node: NodeID, expected: FieldType, found: KubernetesScalar?, at path: FieldPath, step: Int, in document: Document) {
        let range = document[node].range
        guard let found else {
            let resolved = document.resolved(node)
            let shape = resolved.map { document.isMapping($0) ? "a mapping" : "a list" } ?? "an undefined alias"
            let decodeError = resolved.flatMap { goDecodeError(value: document.isMapping($0) ? "object" : "array", expected: expected, at: step) }
            return invalid(
                node, "\(path) must be \(expected.expectation), found \(shape), which the server cannot decode\(decodeError.map { " (\($0))" } ?? "")",
                at: path, in: document)
        }
        let text = document.scalar(node) ?? ""
        let isPlain = document.resolved(node).map { document[$0].scalarStyle == .plain } ?? false
        var foundText = found.description
        if expected == .int64, isPlain, case .float = found { foundText = "the number \(text)" }
        if expected == .int64, isPlain, case .uint = found { foundText = "the number \(text)" }
        var message = "\(path) must be \(expected.expectation), found \(foundText)"
        var action: String?
        var fix: Fix?
        switch (expected, found) {
        case (.string, _), (.time, _), (.bytes, _):
            if case .bool = found, KubernetesScalar.isYAML11OnlyBoolean(text) {
                message += " (kubectl reads YAML 1.1, where \(text) is a boolean)"
            } else if case .float = found, text != GoNumberParsing.format(Double(text) ?? .nan) {
                message += " (YAML reads \(text) as a number)"
            }
            if isPlain {
                action = "quote it: \"\(text)\""
                fix = Fix(range: range, replacement: YAMLQuoting.doubleQuoted(text), applicability: .safe)
            }
        case (.int64, .string(let value)):
            if GoNumberParsing.parseInt(value) != nil, document[node].scalarStyle?.isQuoted == true {
                action = "remove the quotes"
                fix = Fix(range: range, replacement: value, applicability: .safe)
            }
        case (.int64, .uint):
            message += " (more than a 64-bit integer holds)"
        case (.int64, .float(let value)):
            message += value == value.rounded() ? " (more than a 64-bit integer holds)" : " (not a whole number)"
        case (.bool, .string(let value)) where value == "true" || value == "false":
            action = "remove the quotes"
            fix = Fix(range: range, replacement: value, applicability: .safe)
        default:
            break
        }
        message += ", which the server cannot decode"
        if let decodeError = goDecodeError(value: Self.jsonValueWord(found, expected: expected), expected: expected, at: step) {
            message += " (\(decodeError))"
        }
        if let action { message += "; " + action }
        invalidNodes.insert(node)
        issues.append(ShapeIssue(kind: .wrongType, message: message, path: path, range: range, fix: fix))
    }

    /// What Go's JSON decoder says when a value of the wrong kind reaches a field, as the server
    /// reports it: `json: cannot unmarshal number into Go struct field TagReference.tag.name of
    /// type string`. The struct is the innermost one holding the field, the field is the dotted
    /// path of JSON names from the object's root (list indexes and map keys are not in it), and
    /// the type is the Go type the value was decoded into. Nil where the decoder takes any
    /// value (a free-form object).
    private func goDecodeError(value: String, expected: FieldType, at step: Int) -> String? {
        // The fields from the value up, and the object holding the innermost one.
        var fields: [CompiledSchema.Field] = []
        var innermostOwner: Int?
        var current = step
        var directField: CompiledSchema.Field?
        while current > 0 {
            let (parent, segment) = steps[current]
            if case .field(let owner, let index) = segment {
                let field = catalogue.objects[owner].fields[index]
                // A type decoded on its own (a raw extension) is where Go's path starts.
                if let object = catalogue.objectIndex(ofType: field.type), catalogue.objects[object].schema.isDecodedOnItsOwn {
                    if current == step {
                        return "json: cannot unmarshal \(value) into Go value of type \(field.goType ?? "v1." + catalogue.objects[object].schema.name)"
                    }
                    break
                }
                fields.append(field)
                if innermostOwner == nil { innermostOwner = owner }
                if current == step { directField = field }
            }
            current = parent
        }
        guard let innermostOwner, let goType = directField?.goType ?? Self.goTypeName(expected) else { return nil }
        let names = fields.reversed().map(\.name).joined(separator: ".")
        return "json: cannot unmarshal \(value) into Go struct field \(catalogue.objects[innermostOwner].schema.name).\(names) of type \(goType)"
    }

    /// How Go's decoder names the Go type of a JSON type; nil for a free-form object, which
    /// takes any value. A time is decoded as a string first (`metav1.Time.UnmarshalJSON`).
    private static func goTypeName(_ type: FieldType) -> String? {
        switch type {
        case .string, .time: return "string"
        case .int64: return "int64"
        case .bool: return "bool"
        case .object(let name): return "v1." + name
        case .list(let element): return goTypeName(element).map { "[]" + $0 }
        case .stringMap: return "map[string]string"
        case .bytes: return "[]uint8"
        case .freeFormObject: return nil
        }
    }

    /// How Go's decoder names a scalar it cannot store: `string`, `bool`, `number`, or, for a
    /// number an integer field cannot hold, `number` and the number as kubectl writes it.
    private static func jsonValueWord(_ found: KubernetesScalar, expected: FieldType) -> String {
        switch found {
        case .string: return "string"
        case .bool: return "bool"
        case .null: return "null"
        case .int(let value): return expected == .int64 ? "number \(value)" : "number"
        case .uint(let value): return expected == .int64 ? "number \(value)" : "number"
        case .float(let value): return expected == .int64 ? "number \(GoNumberParsing.format(value))" : "number"
        }
    }

    private mutating func invalid(_ node: NodeID, _ message: String, at path: FieldPath, in document: Document) {
        invalidNodes.insert(node)
        issues.append(ShapeIssue(kind: .wrongType, message: message, path: path, range: document[node].range, fix: nil))
    }
}
