/// The JSON type of a field, as the server's Go decoder wants it.
public indirect enum FieldType: Sendable, Hashable {
    /// A JSON string.
    case string
    /// A JSON integer that fits in int64.
    case int64
    /// `true` or `false`.
    case bool
    /// An object of a known type, by schema name.
    case object(String)
    /// A JSON array of one element type.
    case list(FieldType)
    /// An object whose values are all strings (`map[string]string`).
    case stringMap
    /// Base64 data in a string (`[]byte`).
    case bytes
    /// An RFC 3339 time in a string (`metav1.Time`).
    case time
    /// A free-form JSON object whose fields istaglint does not check (`runtime.RawExtension`, `fieldsV1`).
    case freeFormObject

    /// How messages name the type: `a string`, `an integer`, `true or false`, `a list`.
    public var expectation: String {
        switch self {
        case .string: return "a string"
        case .int64: return "an integer"
        case .bool: return "true or false"
        case .object, .freeFormObject: return "a mapping"
        case .list: return "a list"
        case .stringMap: return "a mapping of strings"
        case .bytes: return "base64 data in a string"
        case .time: return "an RFC 3339 time such as \"2024-05-01T10:00:00Z\""
        }
    }
}
