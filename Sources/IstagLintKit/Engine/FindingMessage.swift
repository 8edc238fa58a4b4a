/// A finding's message as its rule wrote it: the pieces of the interpolation, joined only
/// when the message is written out.
///
/// A rule that reports every key of a large mapping reports the same long explanation
/// (a server's regex message, say) many times over, each time around a different value.
/// Kept in pieces, those findings share the explanation's storage and pay only for what
/// differs, so a file with a million findings holds a million short values, not a million
/// copies of the explanation.
public struct FindingMessage: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The first piece, and the others in order: a message of one piece (most are) needs no
    /// array.
    private var first: String
    private var rest: [String]

    /// A message of one piece of text.
    public init(_ text: String) {
        first = text
        rest = []
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: StringInterpolation) {
        first = stringInterpolation.pieces.first ?? ""
        rest = Array(stringInterpolation.pieces.dropFirst())
    }

    /// The whole message.
    public var text: String {
        rest.isEmpty ? first : first + rest.joined()
    }

    public var description: String { text }

    /// Adds text at the end.
    public mutating func append(_ text: String) {
        rest.append(text)
    }

    /// Messages are equal when their text is, however it was put together.
    public static func == (lhs: FindingMessage, rhs: FindingMessage) -> Bool {
        (lhs.first == rhs.first && lhs.rest == rhs.rest) || lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// Collects an interpolation's pieces as they are: a literal costs nothing (its text is
    /// part of the program), and an interpolated string shares its storage.
    public struct StringInterpolation: StringInterpolationProtocol {
        var pieces: [String] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(literal) }
        }

        /// A value as `String(describing:)` writes it, which is how a `String` interpolation
        /// writes it too.
        public mutating func appendInterpolation<Value>(_ value: Value) {
            pieces.append(String(describing: value))
        }

        public mutating func appendInterpolation(_ value: String) {
            pieces.append(value)
        }
    }
}
