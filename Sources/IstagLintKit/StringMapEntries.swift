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

    /// The entries of the map at a path of an object, the last of duplicate keys winning.
    static func of(_ object: LintObject, _ keys: String...) -> [Entry] {
        guard case .present(let map, _) = object.field(keys), let entries = object.document.effectiveEntries(of: map) else { return [] }
        var result = LastByKey<Entry>(capacity: entries.count, key: \.key)
        for entry in entries {
            guard let key = KeyText.of(entry.key, in: object.document) else { continue }
            let value: String?
            switch KubernetesScalar.of(entry.value, in: object.document) {
            case .string(let text): value = text
            case .null: value = ""
            default: value = nil
            }
            result.add(Entry(key: key, keyRange: object.document[entry.key].range, value: value, valueRange: object.document[entry.value].range))
        }
        return result.items
    }
}
