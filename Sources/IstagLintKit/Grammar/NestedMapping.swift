import YAMLTree

/// A mapping inside an object, such as the list item `image.signatures[0]`, read the way
/// `LintObject.field` reads the object's root.
///
/// Rules that walk lists (layers, manifests, signatures, conditions) use it so that every
/// item is read by the same rules: values the schema pass flagged as the wrong type read as
/// `.invalid`, null reads as absent, merge keys and aliases are followed, and a finding
/// about a missing field points at the item itself (the enclosing mapping, since a list
/// item has no key).
struct NestedMapping {
    /// The object the mapping belongs to.
    let object: LintObject
    /// The mapping node (aliases resolved), or nil for a null list item, which the server
    /// decodes as an item whose fields are all zero.
    let node: NodeID?
    /// The path of what holds the list: the object, or the enclosing item.
    let parentPath: FieldPath
    /// The keys from there to the list.
    let listKeys: [String]
    /// The field path of the list the mapping is an item of.
    var listPath: FieldPath { listKeys.reduce(parentPath) { $0.child($1) } }
    /// The mapping's index in its list.
    let index: Int
    /// The mapping's field path from the document root (`image.signatures[0]`), spelled out
    /// only when a finding needs it.
    var path: FieldPath { listPath.index(index) }
    /// Where the item is written: a finding about a field it lacks points here.
    let anchor: SourceRange

    /// The object's document, borrowed rather than copied.
    private var document: Document { _read { yield object.document } }

    /// The mappings of a list at a path of keys from the object's root.
    ///
    /// Items the schema pass reports (not a mapping) and undefined aliases are skipped. An
    /// anchored mapping that aliases bring in several times is read once, at its first index,
    /// as the schema pass does, so a list of aliases costs linear time and gives no repeated
    /// findings.
    static func items(of object: LintObject, at keys: [String]) -> [NestedMapping] {
        guard case .present(let list, _) = object.field(keys) else { return [] }
        return items(of: list, in: object, parentPath: object.path, listKeys: keys)
    }

    /// The mappings of a list below this mapping (`conditions` of a signature).
    func items(_ keys: String...) -> [NestedMapping] {
        guard case .present(let list, _) = field(keys) else { return [] }
        return Self.items(of: list, in: object, parentPath: path, listKeys: keys)
    }

    private static func items(of list: NodeID, in object: LintObject, parentPath: FieldPath, listKeys: [String]) -> [NestedMapping] {
        let document = object.document
        guard let items = document.items(of: list) else { return [] }
        // Only an alias can bring a mapping in twice: without aliases, nothing to remember.
        let hasAliases = items.contains { document[$0].kind == .alias }
        var seen: Set<NodeID> = []
        var result: [NestedMapping] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard !object.shape.isInvalid(item), let resolved = document.resolved(item),
                !object.shape.isInvalid(resolved)
            else { continue }
            let range = document[item].range
            // Only a scalar can be null: a mapping on the way needs no test.
            if document[resolved].kind == .scalar && KubernetesScalar.isNull(resolved, in: document) {
                result.append(NestedMapping(object: object, node: nil, parentPath: parentPath, listKeys: listKeys, index: index, anchor: range))
            } else if document.isMapping(resolved), !hasAliases || seen.insert(resolved).inserted {
                result.append(NestedMapping(object: object, node: resolved, parentPath: parentPath, listKeys: listKeys, index: index, anchor: range))
            }
        }
        return result
    }

    /// Whether a list below this mapping cannot be fully read: it, or one of its items, has
    /// the wrong type (the schema pass reports it) or is an undefined alias. A rule that draws
    /// a conclusion from the whole list (which condition is the latest) skips such a list.
    func hasUnreadableItems(_ keys: String...) -> Bool {
        switch field(keys) {
        case .invalid:
            return true
        case .absent:
            return false
        case .present(let list, _):
            guard let items = document.items(of: list) else { return true }
            return items.contains { item in
                guard let resolved = document.resolved(item) else { return true }
                return object.shape.isInvalid(item) || object.shape.isInvalid(resolved)
            }
        }
    }

    /// Follows a path of keys from this mapping, as `LintObject.field` does from the root.
    func field<Keys: Collection<String>>(_ keys: Keys) -> FieldValue {
        guard var current = node else { return .absent(anchor: anchor, keyPresent: false) }
        var anchor = self.anchor
        for (index, key) in keys.enumerated() {
            guard document.isMapping(current) else { return .invalid }
            guard let entry = document.entry(forKey: key, in: current) else { return .absent(anchor: anchor, keyPresent: false) }
            anchor = document[entry.key].range
            if object.shape.isInvalid(entry.value) { return .invalid }
            guard let resolved = document.resolved(entry.value), !object.shape.isInvalid(resolved) else { return .invalid }
            // Only a scalar can be null: a mapping on the way needs no test.
            if document[resolved].kind == .scalar && KubernetesScalar.isNull(resolved, in: document) {
                return .absent(anchor: anchor, keyPresent: index == keys.count - 1)
            }
            current = resolved
        }
        return .present(current, keys.isEmpty ? self.anchor : document[current].range)
    }

    /// A string field: its text and range, `.empty` when missing, null or "", `.invalid` when
    /// it is not a string.
    func string(_ keys: String...) -> StringField {
        switch field(keys) {
        case .absent(let anchor, let keyPresent): return .empty(anchor: anchor, keyPresent: keyPresent)
        case .invalid: return .invalid
        case .present(let id, let range):
            guard let text = KubernetesScalar.stringValue(id, in: object.document) else { return .invalid }
            return text.isEmpty ? .empty(anchor: range, keyPresent: true) : .value(text, range)
        }
    }

    /// A string field's value node, for rules that check its bytes in place: `.value` for a
    /// non-empty string, `.empty` when missing, null or "", `.invalid` when not a string.
    func stringNode(_ key: String) -> StringNode {
        switch field(CollectionOfOne(key)) {
        case .absent(let anchor, let keyPresent): return .empty(anchor: anchor, keyPresent: keyPresent)
        case .invalid: return .invalid
        case .present(let id, let range):
            guard KubernetesScalar.isString(id, in: object.document) else { return .invalid }
            return object.document[id].textLength == 0 ? .empty(anchor: range, keyPresent: true) : .value(id, range)
        }
    }

    /// A string field as `stringNode(_:)` finds it.
    enum StringNode {
        case invalid
        case empty(anchor: SourceRange, keyPresent: Bool)
        case value(NodeID, SourceRange)
    }

    /// An integer field (`int64`): its value and range, nil when missing, null or not an
    /// integer (the schema pass reports the latter).
    func integer(_ keys: String...) -> (value: Int64, range: SourceRange)? {
        guard case .present(let id, let range) = field(keys), let value = integer(at: id) else { return nil }
        return (value, range)
    }

    /// The integer a value node found by `field(_:)` holds, or nil.
    func integer(at id: NodeID) -> Int64? {
        switch KubernetesScalar.of(id, in: object.document) {
        case .int(let value): return value
        case .float(let value) where GoNumberParsing.isInt64Integral(value): return Int64(value)
        default: return nil
        }
    }

    /// Whether a field holds a mapping with at least one entry (after merge keys), as Go's
    /// `len(map) > 0` sees it.
    func isNonEmptyMapping(_ keys: String...) -> Bool {
        guard case .present(let id, _) = field(keys), let entries = object.document.effectiveEntries(of: id) else { return false }
        return !entries.isEmpty
    }

    /// The field path of a field of this mapping.
    func path(_ keys: String...) -> FieldPath {
        path(keys)
    }

    /// The field path of a field of this mapping.
    func path(_ keys: [String]) -> FieldPath {
        keys.reduce(path) { $0.child($1) }
    }
}
