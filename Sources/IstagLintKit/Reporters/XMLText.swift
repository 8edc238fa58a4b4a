/// Escaping of text for XML 1.0 documents written by hand (the JUnit report).
///
/// The five markup characters become entities; characters XML 1.0 forbids (C0 controls other
/// than tab, line feed and carriage return, and U+FFFE, U+FFFF) become U+FFFD, since no
/// escape can carry them and a parser must refuse a document that holds them; DEL, C1
/// controls and U+2028, U+2029 become character references.
enum XMLText {
    /// Text for an attribute value in double quotes: tab, line feed and carriage return are
    /// written as character references so attribute-value normalisation keeps them.
    static func attribute(_ text: String) -> String {
        attributeEscaping.escaped(text)
    }

    /// Text for element content: a carriage return is written as a character reference so
    /// line-end normalisation keeps it.
    static func content(_ text: String) -> String {
        contentEscaping.escaped(text)
    }

    /// Whether XML 1.0 allows a character anywhere in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Whether a character XML allows is still better written as a character reference: DEL,
    /// the C1 controls and the Unicode line and paragraph separators, which a terminal or a
    /// log viewer may act on.
    static func isDiscouraged(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// What element content replaces: the markup characters, carriage return, the characters
    /// `isDiscouraged` names, and U+FFFD for those XML forbids.
    static let contentEscaping = TextEscaping { scalar in
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&apos;"
        case "\r": return "&#13;"
        case _ where isDiscouraged(scalar): return "&#x\(String(scalar.value, radix: 16, uppercase: true));"
        default: return isAllowed(scalar) ? nil : "\u{FFFD}"
        }
    }

    /// What an attribute value replaces: what content does, and line feed and tab.
    static let attributeEscaping = TextEscaping { scalar in
        switch scalar {
        case "\n": return "&#10;"
        case "\t": return "&#9;"
        default: return contentEscaping.replacement(scalar)
        }
    }
}
