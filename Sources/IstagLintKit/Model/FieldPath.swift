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
        var text = description
        if FieldPath.isIdentifier(key) {
            text.reserveCapacity(text.utf8.count + key.utf8.count + 1)
            if !text.isEmpty { text.append(".") }
            text.append(key)
        } else {
            text.reserveCapacity(text.utf8.count + key.utf8.count + 2)
            text.append("[")
            text.append(key)
            text.append("]")
        }
        return FieldPath(description: text)
    }

    /// The path of a key of a map (labels, annotations) below this one: always the bracket form.
    public func key(_ key: String) -> FieldPath {
        FieldPath(description: description + "[" + key + "]")
    }

    /// The path of a list item below this one.
    public func index(_ index: Int) -> FieldPath {
        var text = description
        text.append("[")
        text.append(String(index))
        text.append("]")
        return FieldPath(description: text)
    }

    /// Whether a key is written with a dot: ASCII letters, digits, `_`, `$` and `-`, not
    /// starting with a digit or `-`.
    private static func isIdentifier(_ key: String) -> Bool {
        var first = true
        for byte in key.utf8 {
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let allowedFirst = letter || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
            let allowedLater = allowedFirst || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            guard first ? allowedFirst : allowedLater else { return false }
            first = false
        }
        return !first
    }
}
