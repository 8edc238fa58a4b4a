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

/// A string field as rules read it.
public enum StringField: Sendable, Hashable {
    /// Missing, null or "": the server sees "". `anchor` is where a finding points.
    case empty(anchor: SourceRange, keyPresent: Bool)
    /// A non-empty string and where it is written (quotes included).
    case value(String, SourceRange)
    /// Not a string; the wrong-type rule reports it.
    case invalid

    /// Where a finding about the field points: the value, or where it is missing; nil when
    /// it is not a string.
    public var range: SourceRange? {
        switch self {
        case .empty(let anchor, _): return anchor
        case .value(_, let range): return range
        case .invalid: return nil
        }
    }

    /// The text the server sees, or nil when the field is not a string.
    public var text: String? {
        switch self {
        case .empty: return ""
        case .value(let text, _): return text
        case .invalid: return nil
        }
    }
}
