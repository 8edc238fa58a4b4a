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
        escaped(text, inAttribute: true)
    }

    /// Text for element content: a carriage return is written as a character reference so
    /// line-end normalisation keeps it.
    static func content(_ text: String) -> String {
        escaped(text, inAttribute: false)
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

    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            case _ where isDiscouraged(scalar): result += "&#x\(String(scalar.value, radix: 16, uppercase: true));"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
