import YAMLTree

/// A view of a mapping at a field path: the one way rules read fields, as the server's
/// decoder reads them.
///
/// A view can sit anywhere: the root of an object (`LintObject.root`), a mapping inside it
/// (`mapping(_:)`: the object's `tag`), or an item of a list (`items(_:)`: `image.signatures[0]`).
/// Every read follows aliases and merge keys; a value the schema pass reports as the wrong
/// type, or an undefined alias, reads as `.invalid` (the wrong-type rule reports it, so other
/// rules stay silent); null reads as absent; and a finding about a missing field points at
/// the closest key that is there, or at the view's `anchor` when there is none.
public struct FieldView: Sendable {
    /// The object the mapping belongs to.
    let parts: ObjectParts
    /// The mapping node (aliases resolved), or nil for a list item written as null, which the
    /// server decodes as an item whose fields are all zero values.
    public let node: NodeID?
    /// Where a finding about a field the mapping lacks points: the key that holds the mapping,
    /// the list item, or (at an object's root) its `kind` key.
    public let anchor: SourceRange
    /// The path of what holds the mapping, and the keys from there (then `index`, for a list
    /// item): spelled out only when a finding needs it.
    private let parentPath: FieldPath
    private let keys: [String]
    /// The mapping's index in its list, for a list item.
    public let index: Int?

    /// The view of an object's root mapping.
    init(root parts: ObjectParts) {
        self.parts = parts
        node = parts.node
        anchor = parts.missingFieldAnchor
        parentPath = parts.path
        keys = []
        index = nil
    }

    private init(parts: ObjectParts, node: NodeID?, anchor: SourceRange, parentPath: FieldPath, keys: [String], index: Int?) {
        self.parts = parts
        self.node = node
        self.anchor = anchor
        self.parentPath = parentPath
        self.keys = keys
        self.index = index
    }

    /// The document that holds the mapping, borrowed rather than copied.
    public var document: Document { _read { yield parts.document } }
    /// The schema pass over the object the mapping belongs to.
    public var shape: ShapeResult { _read { yield parts.shape } }

    /// Whether the object the mapping belongs to is partial (a kustomize patch:
    /// `LintObject.isPartial`).
    public var isPartial: Bool { parts.isPartial }

    /// Whether a finding that rests on a field being missing or null is reported: always on a
    /// complete object; on a partial one only when the field is written (as null or ""); see
    /// `LintObject.isPartial`.
    public func reportsMissing(keyPresent: Bool) -> Bool {
        !isPartial || keyPresent
    }

    /// The mapping's field path from the document root (`tag`, `image.signatures[0]`).
    public var path: FieldPath {
        let keyed = keys.reduce(parentPath) { $0.child($1) }
        return index.map { keyed.index($0) } ?? keyed
    }

    /// The field path of a field of this mapping.
    public func path(_ keys: String...) -> FieldPath {
        keys.reduce(path) { $0.child($1) }
    }

    /// What a path of keys from this mapping leads to.
    public func field(_ keys: String...) -> FieldValue {
        field(keys)
    }

    /// What a path of keys from this mapping leads to.
    func field<Keys: Collection<String>>(_ keys: Keys) -> FieldValue {
        reach(keys).value
    }

    /// What a path of keys leads to, and the range of the last key found (the view's anchor
    /// when none is): where a finding about a field missing below it points.
    private func reach<Keys: Collection<String>>(_ keys: Keys) -> (value: FieldValue, anchor: SourceRange) {
        guard var current = node else { return (.absent(anchor: anchor, keyPresent: false), anchor) }
        var anchor = self.anchor
        for (index, key) in keys.enumerated() {
            guard document.isMapping(current) else { return (.invalid, anchor) }
            // The common first keys of an object's root were looked up once.
            let found = index == 0 && current == parts.node ? parts.rootEntry(forKey: key) : document.entry(forKey: key, in: current)
            guard let entry = found else { return (.absent(anchor: anchor, keyPresent: false), anchor) }
            anchor = document[entry.key].range
            if shape.isInvalid(entry.value) { return (.invalid, anchor) }
            guard let resolved = document.resolved(entry.value), !shape.isInvalid(resolved) else { return (.invalid, anchor) }
            // Only a scalar can be null: a mapping on the way needs no test.
            if document[resolved].kind == .scalar && KubernetesScalar.isNull(resolved, in: document) {
                return (.absent(anchor: anchor, keyPresent: index == keys.count - 1), anchor)
            }
            current = resolved
        }
        return (.present(current, document[current].range), anchor)
    }

    /// A string field: its text and range, `.empty` when missing, null or "" (the server sees
    /// ""), `.invalid` when it is not a string.
    public func string(_ keys: String...) -> StringField {
        string(keys)
    }

    /// A string field, as `string(_:)` reads it.
    func string<Keys: Collection<String>>(_ keys: Keys) -> StringField {
        switch field(keys) {
        case .absent(let anchor, let keyPresent): return .empty(anchor: anchor, keyPresent: keyPresent)
        case .invalid: return .invalid
        case .present(let id, let range):
            guard let text = KubernetesScalar.stringValue(id, in: document) else { return .invalid }
            return text.isEmpty ? .empty(anchor: range, keyPresent: true) : .value(text, range)
        }
    }

    /// An integer field (`int64`): its value and range, nil when missing, null or not an
    /// integer (the schema pass reports the latter).
    public func int(_ keys: String...) -> (value: Int64, range: SourceRange)? {
        int(keys)
    }

    /// An integer field, as `int(_:)` reads it.
    func int<Keys: Collection<String>>(_ keys: Keys) -> (value: Int64, range: SourceRange)? {
        guard case .present(let id, let range) = field(keys), let value = FieldView.int(at: id, in: document) else { return nil }
        return (value, range)
    }

    /// The integer a value node holds as the server decodes an `int64` (a float with an
    /// integral value too), or nil.
    static func int(at id: NodeID, in document: Document) -> Int64? {
        switch KubernetesScalar.of(id, in: document) {
        case .int(let value): return value
        case .float(let value) where GoNumberParsing.isInt64Integral(value): return Int64(value)
        default: return nil
        }
    }

    /// A boolean field's value; false when missing or null, nil when it is not a boolean.
    public func bool(_ keys: String...) -> Bool? {
        bool(keys)
    }

    /// A boolean field, as `bool(_:)` reads it.
    func bool<Keys: Collection<String>>(_ keys: Keys) -> Bool? {
        switch field(keys) {
        case .absent: return false
        case .invalid: return nil
        case .present(let id, _):
            guard case .bool(let value) = KubernetesScalar.of(id, in: document) else { return nil }
            return value
        }
    }

    /// Whether a field is written with a value other than null.
    public func has(_ keys: String...) -> Bool {
        has(keys)
    }

    /// Whether a field is written, as `has(_:)` tells.
    func has<Keys: Collection<String>>(_ keys: Keys) -> Bool {
        if case .present = field(keys) { return true }
        return false
    }

    /// The view of a mapping at a path of keys from this one, or nil when it is missing, null,
    /// or not a mapping. A field the nested mapping lacks is reported at its key.
    public func mapping(_ keys: String...) -> FieldView? {
        let (value, anchor) = reach(keys)
        guard case .present(let id, _) = value, document.isMapping(id) else { return nil }
        return FieldView(parts: parts, node: id, anchor: anchor, parentPath: path, keys: keys, index: nil)
    }

    /// The mappings of a list at a path of keys from this mapping (`image.signatures`, then a
    /// signature's `conditions`).
    ///
    /// Items the schema pass reports (not a mapping) and undefined aliases are skipped; an item
    /// written as null is a view with no node. An anchored mapping that aliases bring in several
    /// times is read once, at its first index, as the schema pass does, so a list of aliases
    /// costs linear time and gives no repeated findings. A field an item lacks is reported at
    /// the item.
    public func items(_ keys: String...) -> [FieldView] {
        guard case .present(let list, _) = field(keys), let items = document.items(of: list) else { return [] }
        // Only an alias can bring a mapping in twice: without aliases, nothing to remember.
        let hasAliases = items.contains { document[$0].kind == .alias }
        let listPath = path
        var seen: Set<NodeID> = []
        var result: [FieldView] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard !shape.isInvalid(item), let resolved = document.resolved(item), !shape.isInvalid(resolved) else { continue }
            let range = document[item].range
            // Only a scalar can be null: a mapping on the way needs no test.
            if document[resolved].kind == .scalar && KubernetesScalar.isNull(resolved, in: document) {
                result.append(FieldView(parts: parts, node: nil, anchor: range, parentPath: listPath, keys: keys, index: index))
            } else if document.isMapping(resolved), !hasAliases || seen.insert(resolved).inserted {
                result.append(FieldView(parts: parts, node: resolved, anchor: range, parentPath: listPath, keys: keys, index: index))
            }
        }
        return result
    }

    /// Whether a list at a path of keys cannot be fully read: it, or one of its items, has the
    /// wrong type (the schema pass reports it) or is an undefined alias. A rule that draws a
    /// conclusion from the whole list (which condition is the latest) skips such a list.
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
                return shape.isInvalid(item) || shape.isInvalid(resolved)
            }
        }
    }

    /// Whether a field holds a mapping with at least one entry (after merge keys), as Go's
    /// `len(map) > 0` sees it.
    func isNonEmptyMapping(_ keys: String...) -> Bool {
        guard case .present(let id, _) = field(keys), let entries = document.effectiveEntries(of: id) else { return false }
        return !entries.isEmpty
    }

    /// A string field's value node, for rules that check its bytes in place: `.value` for a
    /// non-empty string, `.empty` when missing, null or "", `.invalid` when not a string.
    func stringNode(_ key: String) -> StringNode {
        switch field(CollectionOfOne(key)) {
        case .absent(let anchor, let keyPresent): return .empty(anchor: anchor, keyPresent: keyPresent)
        case .invalid: return .invalid
        case .present(let id, let range):
            guard KubernetesScalar.isString(id, in: document) else { return .invalid }
            return document[id].textLength == 0 ? .empty(anchor: range, keyPresent: true) : .value(id, range)
        }
    }

    /// A string field as `stringNode(_:)` finds it.
    enum StringNode {
        case invalid
        case empty(anchor: SourceRange, keyPresent: Bool)
        case value(NodeID, SourceRange)
    }
}
