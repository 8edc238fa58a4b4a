import YAMLTree

/// The entries of a string map (labels, annotations) as the server sees them: keys converted
/// as kubectl converts them, values that are strings, and where each is written.
struct StringMapEntries {
    /// One entry.
    struct Entry {
        var key: String
        var keyRange: SourceRange
        /// The value, "" for null, nil when it is not a string (the wrong-type rule reports it).
        var value: String?
        var valueRange: SourceRange?
    }

    /// The entries of the map at a path of keys from a view, the last of duplicate keys winning.
    static func of(_ view: FieldView, _ keys: String...) -> [Entry] {
        of(view, path: keys)
    }

    /// The entries of the map at a path of keys from a view (see `of(_:_:)`).
    static func of(_ view: FieldView, path keys: [String]) -> [Entry] {
        let document = view.document
        guard case .present(let map, _) = view.field(keys), let entries = document.effectiveEntries(of: map) else { return [] }
        var result = LastByKey<Entry>(capacity: entries.count, key: \.key)
        for entry in entries {
            // A key or value a template's parameter leaves unknown is not judged (`ShapeResult`).
            guard !view.shape.isInvalid(entry.key), let key = KeyText.of(entry.key, in: document) else { continue }
            let value: String?
            switch view.shape.isInvalid(entry.value) ? nil : KubernetesScalar.of(entry.value, in: document) {
            case .string(let text): value = text
            case .null: value = ""
            default: value = nil
            }
            result.add(Entry(key: key, keyRange: document[entry.key].range, value: value, valueRange: document[entry.value].range))
        }
        return result.items
    }
}
