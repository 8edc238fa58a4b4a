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
    /// Follows a path of keys (through aliases and merge keys) from the object's root.
    public func field(_ keys: [String]) -> FieldValue {
        var current = node
        var anchor = document.entry(forKey: "kind", in: node).map { document[$0.key].range } ?? SourceRange(at: document[node].range.start)
        for (index, key) in keys.enumerated() {
            guard document.isMapping(current) else { return .invalid }
            guard let entry = document.entry(forKey: key, in: current) else { return .absent(anchor: anchor, keyPresent: false) }
            anchor = document[entry.key].range
            if shape.invalidNodes.contains(entry.value) { return .invalid }
            guard let resolved = document.resolved(entry.value) else { return .invalid }
            if document.isNull(resolved) || KubernetesScalar.of(resolved, in: document) == .null {
                return .absent(anchor: anchor, keyPresent: index == keys.count - 1)
            }
            current = resolved
        }
        return .present(current, keys.isEmpty ? document[node].range : document[current].range)
    }

    /// A string field: its text and range, nil text when missing or null (the server sees ""),
    /// or `.invalid` when it is not a string.
    public func string(_ keys: String...) -> StringField {
        switch field(keys) {
        case .absent(let anchor, let keyPresent): return .empty(anchor: anchor, keyPresent: keyPresent)
        case .invalid: return .invalid
        case .present(let id, let range):
            guard case .string(let text) = KubernetesScalar.of(id, in: document) else { return .invalid }
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
