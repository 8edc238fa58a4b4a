#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Pretty-printed JSON written in pieces, byte for byte as `JSONEncoder` writes a whole
/// document (sorted keys, slashes unescaped, two spaces a level, then `DisplayText.jsonText`).
///
/// Each piece (a diagnostic, an issue, the members after them) is encoded on its own and its
/// lines are indented to the depth it sits at; the brackets and keys around the pieces are
/// written by the reporter. JSON strings hold no raw line break, so every line break in an
/// encoded piece is one the pretty printer made, and indenting each line is safe.
struct JSONPieces {
    private let encoder: JSONEncoder

    /// An encoder with the options of every JSON report.
    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    }

    /// `value` as an element of an array whose elements sit at `depth` levels: every line
    /// indented, the first one too.
    func element(_ value: some Encodable, depth: Int) -> String {
        JSONPieces.indented(encoded(value)[...], by: 2 * depth)
    }

    /// The members of the object `value` encodes to, without its braces, indented to sit at
    /// `depth` levels (the root object's members are at depth 1); empty for an empty object.
    func members(of value: some Encodable, depth: Int) -> String {
        let bytes = encoded(value)
        // `{`, a line break, the members at depth 1, a line break and `}`.
        guard bytes.count > 4 else { return "" }
        return JSONPieces.indented(bytes.dropFirst(2).dropLast(2), by: 2 * (depth - 1))
    }

    /// The end of an array whose closing bracket sits at `depth` levels: the encoder writes an
    /// empty array as `[`, an empty line and `]`.
    static func arrayEnd(depth: Int, isEmpty: Bool) -> String {
        (isEmpty ? "\n\n" : "\n") + String(repeating: " ", count: 2 * depth) + "]"
    }

    /// The encoded bytes; encoding never fails for the types reporters write (they hold no
    /// floating-point number), and would give an empty object if it did.
    private func encoded(_ value: some Encodable) -> [UInt8] {
        guard let data = try? encoder.encode(value) else { return Array("{\n\n}".utf8) }
        return Array(data)
    }

    /// Every line that is not empty with `spaces` spaces before it (the encoder leaves the
    /// line inside an empty array or object empty), as JSON text.
    private static func indented(_ bytes: ArraySlice<UInt8>, by spaces: Int) -> String {
        guard spaces > 0 else { return DisplayText.jsonText(bytes) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + spaces * 16)
        var atLineStart = true
        for byte in bytes {
            if atLineStart && byte != UInt8(ascii: "\n") {
                output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
            }
            atLineStart = byte == UInt8(ascii: "\n")
            output.append(byte)
        }
        return DisplayText.jsonText(output)
    }
}
