import YAMLTree

/// How messages name a value they found: a scalar quoted (shortened when long), a
/// collection by its kind.
enum ValueDescription {
    /// The longest scalar quoted in full; longer ones are cut with an ellipsis.
    static let quoteLimit = 60

    /// `the string "ruby"`, `a mapping`, `a list`, `an undefined alias`.
    static func describe(_ id: NodeID, in document: Document) -> String {
        guard let resolved = document.resolved(id) else { return "an undefined alias" }
        switch document.content(of: resolved) {
        case .scalar(let value, _): return "the scalar " + quote(value)
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A value in double quotes, with quotes, backslashes and control characters escaped, cut when long.
    static func quote(_ value: String) -> String {
        let text = quoteEscaping.escaped(Substring(value.unicodeScalars.prefix(quoteLimit)))
        let cut = value.unicodeScalars.count > quoteLimit ? "…" : ""
        return "\"" + text + cut + "\""
    }

    /// What `quote` replaces: the quote and the backslash, and C0 controls and DEL as escapes
    /// (`\n`, `\t`, `\r`, others as `\u{1b}`).
    static let quoteEscaping = TextEscaping { scalar in
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: return "\\u{\(String(scalar.value, radix: 16))}"
        default: return nil
        }
    }

    /// `a` or `an` before a word, by its first letter.
    static func article(for word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
