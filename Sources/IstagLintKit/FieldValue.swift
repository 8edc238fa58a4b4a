import YAMLTree

/// What a path of keys leads to in an object, as the server's decoder sees it.
public enum FieldValue: Sendable, Hashable {
    /// The field is missing or null: the server sees its zero value. `anchor` is where a
    /// finding about it points: the field's own key when it is written as null, otherwise
    /// the key of the closest enclosing mapping that is there.
    case absent(anchor: SourceRange, keyPresent: Bool)
    /// The value, or one on the way to it, has the wrong type; the wrong-type rule reports it.
    case invalid
    /// The value node (aliases resolved) and the range where it is written.
    case present(NodeID, SourceRange)
}

extension LintObject {
    /// Follows a path of keys (through aliases and merge keys) from the object's root, or from
    /// a mapping inside it (a list item).
    public func field(_ keys: [String], from start: NodeID? = nil) -> FieldValue {
        let origin = start.flatMap { document.resolved($0) } ?? node
        var current = origin
        // Where a finding about a missing field points: worked out only when one is missing.
        var lastKey: NodeID?
        var anchor: SourceRange {
            if let lastKey { return document[lastKey].range }
            if start == nil {
                return document.entry(forKey: "kind", in: node).map { document[$0.key].range } ?? SourceRange(at: document[node].range.start)
            }
            return document.effectiveEntries(of: origin)?.first.map { document[$0.key].range } ?? document[origin].range
        }
        for (index, key) in keys.enumerated() {
            guard document.isMapping(current) else { return .invalid }
            let found = index == 0 && start == nil ? rootEntry(forKey: key) : document.entry(forKey: key, in: current)
            guard let entry = found else { return .absent(anchor: anchor, keyPresent: false) }
            lastKey = entry.key
            if shape.isInvalid(entry.value) { return .invalid }
            guard let resolved = document.resolved(entry.value) else { return .invalid }
            // Only a scalar can be null: a mapping on the way needs no test.
            if document[resolved].kind == .scalar && KubernetesScalar.isNull(resolved, in: document) {
                return .absent(anchor: anchor, keyPresent: index == keys.count - 1)
            }
            current = resolved
        }
        return .present(current, keys.isEmpty ? document[node].range : document[current].range)
    }

    /// A string field: its text and range, nil text when missing or null (the server sees ""),
    /// or `.invalid` when it is not a string.
    public func string(_ keys: String...) -> StringField {
        // The fields most rules read were read once when the object was made.
        if let known = commonString(keys) { return known }
        return string(keys, from: nil)
    }

    /// A string field of a mapping inside the object (a list item).
    public func string(in mapping: NodeID, _ keys: String...) -> StringField {
        string(keys, from: mapping)
    }

    func string(_ keys: [String], from start: NodeID?) -> StringField {
        switch field(keys, from: start) {
        case .absent(let anchor, let keyPresent): return .empty(anchor: anchor, keyPresent: keyPresent)
        case .invalid: return .invalid
        case .present(let id, let range):
            guard let text = KubernetesScalar.stringValue(id, in: document) else { return .invalid }
            return text.isEmpty ? .empty(anchor: range, keyPresent: true) : .value(text, range)
        }
    }

    /// A boolean field's value; false when missing or null, nil when it is not a boolean.
    public func bool(_ keys: String...) -> Bool? {
        switch field(keys) {
        case .absent: return false
        case .invalid: return nil
        case .present(let id, _):
            guard case .bool(let value) = KubernetesScalar.of(id, in: document) else { return nil }
            return value
        }
    }

    /// Whether the object is a copy of a live object (`oc get -o yaml`): its metadata carries
    /// `resourceVersion`, `uid` or `creationTimestamp`, which only the server writes.
    public var isExport: Bool { storedIsExport ?? LintObject.isExport(self) }

    /// `isExport`, worked out (once per object, when it is made).
    static func isExport(_ object: LintObject) -> Bool {
        ["resourceVersion", "uid", "creationTimestamp"].contains { key in
            if case .present = object.field(["metadata", key]) { return true }
            return false
        }
    }

    /// Whether a field is written with a value other than null.
    public func has(_ keys: String...) -> Bool {
        if case .present = field(keys) { return true }
        return false
    }

    /// An integer field's value, nil when missing, null or not an integer.
    public func int(_ keys: String...) -> (value: Int64, range: SourceRange)? {
        int(keys, from: nil)
    }

    /// An integer field of a mapping inside the object (a list item).
    public func int(in mapping: NodeID, _ keys: String...) -> (value: Int64, range: SourceRange)? {
        int(keys, from: mapping)
    }

    private func int(_ keys: [String], from start: NodeID?) -> (value: Int64, range: SourceRange)? {
        guard case .present(let id, let range) = field(keys, from: start) else { return nil }
        switch KubernetesScalar.of(id, in: document) {
        case .int(let value): return (value, range)
        case .float(let value) where GoNumberParsing.isInt64Integral(value): return (Int64(value), range)
        default: return nil
        }
    }

    /// The items of a list field, aliases resolved, with their indexes; empty when the field is
    /// missing, null or not a list.
    public func items(_ keys: String...) -> [(index: Int, node: NodeID)] {
        guard case .present(let list, _) = field(keys), let items = document.items(of: list) else { return [] }
        return items.enumerated().compactMap { index, item in document.resolved(item).map { (index, $0) } }
    }

    /// Whether a finding that rests on a field being missing or null is reported: always on a
    /// complete object; on a partial one (a kustomize patch) only when the field is written
    /// (`keyPresent`: as null or ""), since a field the patch leaves out is the base's, while
    /// one it writes as null deletes the base's value when kustomize merges them.
    public func reportsMissing(keyPresent: Bool) -> Bool {
        !isPartial || keyPresent
    }

    /// Whether a finding that rests on a field being missing is reported, for a field read
    /// as a `FieldValue` (see `reportsMissing(keyPresent:)`); true for a field that is there.
    public func reportsMissing(_ value: FieldValue) -> Bool {
        guard case .absent(_, let keyPresent) = value else { return true }
        return reportsMissing(keyPresent: keyPresent)
    }

    /// The field path of a field of this object.
    public func path(_ keys: String...) -> FieldPath {
        keys.reduce(path) { $0.child($1) }
    }
}

/// A string field as rules read it.
public enum StringField: Sendable, Hashable {
    /// Missing, null or "": the server sees "". `anchor` is where a finding points.
    case empty(anchor: SourceRange, keyPresent: Bool)
    /// A non-empty string and where it is written (quotes included).
    case value(String, SourceRange)
    /// Not a string; the wrong-type rule reports it.
    case invalid

    /// The text the server sees, or nil when the field is not a string.
    public var text: String? {
        switch self {
        case .empty: return ""
        case .value(let text, _): return text
        case .invalid: return nil
        }
    }
}
