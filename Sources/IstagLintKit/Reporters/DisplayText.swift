/// Escaping of text that comes from input (a value, a key, a file name) for line-oriented
/// output: text reports, standard error, GitHub workflow commands and JUnit bodies.
///
/// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators become
/// visible escapes (`\n`, `\x1b`, `\u{2028}`), so that input can neither send a terminal an
/// escape sequence nor start a line of its own (a line a CI runner would read as a command).
public enum DisplayText {
    /// Whether a scalar must be written as an escape.
    @inline(__always)
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// `text` with every control character and line separator written as a visible escape;
    /// scalars in `keeping` are left as they are (the GitHub format encodes CR and LF itself).
    public static func escaped(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        // Most text holds nothing to escape: a byte scan settles it without building a string.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        guard !keeping.isEmpty else { return visibleEscaping.escaped(text) }
        return TextEscaping { keeping.contains($0) ? nil : visibleEscaping.replacement($0) }.escaped(text)
    }

    /// What `escaped` replaces: every character `needsEscape` names, by its `escape`.
    static let visibleEscaping = TextEscaping { needsEscape($0) ? escape($0) : nil }

    /// The visible escape of one scalar: `\n`, `\r`, `\t`, `\x1b`, `\u{2028}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            let hex = String(scalar.value, radix: 16)
            return scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" : "") + hex : "\\u{\(hex)}"
        }
    }
}

extension DisplayText {
    /// Encoded JSON as text, with DEL, the C1 controls and U+2028 and U+2029 written as
    /// `\u` escapes: JSON allows them raw in strings, but a terminal may act on a C1 control
    /// and some readers break lines at the separators. They can only occur inside strings.
    public static func jsonText(_ bytes: some Collection<UInt8>) -> String {
        guard bytes.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var pending: [UInt8] = []
        func unicodeEscape(_ value: UInt32) {
            let hex = String(value, radix: 16)
            output += Array("\\u".utf8) + Array(repeating: UInt8(ascii: "0"), count: 4 - hex.utf8.count) + Array(hex.utf8)
        }
        for byte in bytes {
            if !pending.isEmpty {
                pending.append(byte)
                if pending[0] == 0xC2 {
                    if (0x80...0x9F).contains(byte) { unicodeEscape(UInt32(byte)) } else { output += pending }
                    pending.removeAll(keepingCapacity: true)
                } else if pending.count == 2 && byte != 0x80 {
                    output += pending
                    pending.removeAll(keepingCapacity: true)
                } else if pending.count == 3 {
                    if byte == 0xA8 || byte == 0xA9 { unicodeEscape(0x2000 + UInt32(byte - 0x80)) } else { output += pending }
                    pending.removeAll(keepingCapacity: true)
                }
                continue
            }
            switch byte {
            case 0x7F: unicodeEscape(0x7F)
            case 0xC2, 0xE2: pending.append(byte)
            default: output.append(byte)
            }
        }
        output += pending
        return String(decoding: output, as: UTF8.self)
    }
}
