/// A field path from a document's root, written as Kubernetes writes them:
/// `tag.from.kind`, `items[2].tag.name`, `metadata.annotations[openshift.io/x]`.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    /// The path as text; empty for the document root.
    public let description: String

    /// The document root.
    public static let root = FieldPath(description: "")

    private init(description: String) { self.description = description }

    /// The path of a field or map key below this one; keys that are not plain identifiers
    /// use the bracket form.
    public func child(_ key: String) -> FieldPath {
        guard FieldPath.isIdentifier(key) else { return FieldPath(description: description + "[" + key + "]") }
        return FieldPath(description: description.isEmpty ? key : description + "." + key)
    }

    /// The path of a key of a map (labels, annotations) below this one: always the bracket form.
    public func key(_ key: String) -> FieldPath {
        FieldPath(description: description + "[" + key + "]")
    }

    /// The path of a list item below this one.
    public func index(_ index: Int) -> FieldPath {
        FieldPath(description: description + "[\(index)]")
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, first.isASCIILetterOrUnderscore else { return false }
        return key.unicodeScalars.allSatisfy { $0.isASCIILetterOrUnderscore || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetterOrUnderscore: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" || self == "$"
    }
}
