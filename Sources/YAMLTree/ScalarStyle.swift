/// How a scalar was written in the source.
public enum ScalarStyle: String, Sendable, Hashable, BitwiseCopyable {
    /// Unquoted: `name: foo`.
    case plain
    /// Single-quoted: `name: 'foo'`.
    case singleQuoted
    /// Double-quoted: `name: "foo"`.
    case doubleQuoted
    /// A literal block: `name: |`.
    case literal
    /// A folded block: `name: >`.
    case folded

    /// Whether the scalar was quoted, and so is always a string whatever its text.
    public var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
}
