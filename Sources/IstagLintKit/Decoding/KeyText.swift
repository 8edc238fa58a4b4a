import YAMLTree

/// The JSON key a YAML key becomes when kubectl converts the document (sigs.k8s.io/yaml):
/// strings stay, integers, floats and booleans are written out, and anything else (null, a
/// mapping, a list) cannot be converted.
enum KeyText {
    /// The JSON key, or nil when the key cannot be converted (the unconvertible-yaml rule reports it).
    static func of(_ key: NodeID, in document: Document) -> String? {
        switch KubernetesScalar.of(key, in: document) {
        case .string(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .uint(let value): return String(value)
        case .float(let value): return GoNumberParsing.format(value)
        case .null, nil: return nil
        }
    }
}
