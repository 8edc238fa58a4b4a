import YAMLTree

/// A scalar as the Kubernetes YAML decoder reads it: go-yaml v2 resolves plain scalars by the
/// rules of YAML 1.1, and sigs.k8s.io/yaml turns the result into JSON.
///
/// So `yes`, `on` and `y` are booleans, `1.10` is the number 1.1, `0x1F` is 31, `08` is the
/// float 8, and a timestamp stays a string. Quoted and block scalars are always strings.
public enum KubernetesScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    /// An integer above `Int64.max` and at most `UInt64.max`.
    case uint(UInt64)
    case float(Double)
    case string(String)

    /// The boolean spellings that YAML 1.2 (and so kustomize, yq and most editors) reads as strings.
    public static let yaml11OnlyBooleans: Set<String> = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]

    /// Whether a plain scalar is one of the boolean spellings only YAML 1.1 has (`yes`, `on`, `n`...).
    public static func isYAML11OnlyBoolean(_ text: String) -> Bool {
        text.utf8.count <= 3 && yaml11OnlyBooleans.contains(text)
    }

    /// How a scalar node decodes; nil for a mapping, a sequence or an undefined alias.
    public static func of(_ id: NodeID, in document: Document) -> KubernetesScalar? {
        guard let id = document.resolved(id) else { return nil }
        let node = document[id]
        // Plain decimal integers (sizes, generations) are read from the bytes in place.
        if node.kind == .scalar, !node.hasTag, node.style == .plain, let first = document.firstByte(of: id),
            first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")),
            let value = document.withText(of: id, GoNumberParsing.parsePlainDecimal(bytes:)) ?? nil
        {
            return .int(value)
        }
        guard let text = document.text(of: id) else { return nil }
        return resolve(text, style: node.style, tag: document.tag(of: id))
    }

    /// Whether a node (through an alias) decodes as a string: `KubernetesScalar.of(id)` is
    /// `.string`, decided from the first byte without making the string when it can be.
    public static func isString(_ id: NodeID, in document: Document) -> Bool {
        guard let id = document.resolved(id) else { return false }
        let node = document[id]
        guard node.kind == .scalar else { return false }
        if isStringFromBytes(id, node, in: document) { return true }
        if case .string = of(id, in: document) { return true }
        return false
    }

    /// Whether a scalar (aliases resolved) is a string as its style and bytes alone show: quoted
    /// or block, or plain text no null, boolean or number can start or be. False means "decode
    /// it to know", not "not a string".
    private static func isStringFromBytes(_ id: NodeID, _ node: Node, in document: Document) -> Bool {
        guard !node.hasTag else { return false }
        if node.style != .plain { return true }
        guard let first = document.firstByte(of: id) else { return false }
        if isString(first: first, length: node.textLength) { return true }
        // Text that starts like a number but cannot be one (only a letter starts null or a boolean).
        let startsLikeNumber = first < UInt8(ascii: "A") && first != UInt8(ascii: "~")
        return startsLikeNumber && document.withText(of: id, cannotBeNumber) == true
    }

    /// The text of a node (through an alias) that decodes as a string, or nil: `.string` of
    /// `KubernetesScalar.of(id)`, with the usual string recognised from its first byte.
    public static func stringValue(_ id: NodeID, in document: Document) -> String? {
        guard let id = document.resolved(id) else { return nil }
        let node = document[id]
        guard node.kind == .scalar else { return nil }
        if isStringFromBytes(id, node, in: document) { return document.text(of: id) }
        if case .string(let text) = of(id, in: document) { return text }
        return nil
    }

    /// Whether a plain, untagged scalar is a string whatever its other bytes: it starts with a
    /// byte no number, null or boolean starts with, or it starts with a letter (which only
    /// the short spellings of null and the booleans do) and is longer than them.
    private static func isString(first: UInt8, length: Int) -> Bool {
        !mayNotBeString(first) || (first >= UInt8(ascii: "A") && length > 5)
    }

    /// Whether plain text starting with a digit, a sign or a dot cannot be a number go-yaml
    /// reads: it holds a byte no number holds, or a sign that is neither first nor just after
    /// an exponent's `e` (a timestamp, a version such as `6.1-5648`, a UUID).
    private static func cannotBeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            guard isNumberByte(byte) else { return true }
            if index > 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+"), previous | 0x20 != UInt8(ascii: "e") { return true }
            previous = byte
        }
        return false
    }

    /// Whether a plain scalar starting with this byte may resolve to something other than a string.
    private static func mayNotBeString(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return true
        default:
            return false
        }
    }

    /// Whether a node (through an alias) decodes as null: `KubernetesScalar.of(id) == .null`,
    /// without resolving the scalars that are not.
    public static func isNull(_ id: NodeID, in document: Document) -> Bool {
        if document.isNull(id) { return true }
        // Untagged scalars are null exactly when the document says so; a tag (`!!int null`) may still make one.
        guard let id = document.resolved(id), document[id].hasTag else { return false }
        return of(id, in: document) == .null
    }

    /// Resolves a scalar's text, style and tag as go-yaml v2 does.
    public static func resolve(_ text: String, style: ScalarStyle, tag: String?) -> KubernetesScalar {
        guard let tag else { return style == .plain ? resolvePlain(text) : .string(text) }
        switch tag {
        case "tag:yaml.org,2002:str", "tag:yaml.org,2002:binary": return .string(text)
        case "tag:yaml.org,2002:null": return .null
        case "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float": return resolvePlain(text)
        default: return .string(text)
        }
    }

    private static func resolvePlain(_ text: String) -> KubernetesScalar {
        guard let first = text.utf8.first else { return .null }
        // Most scalars are names and pull specs: decide from the first byte before any lookup.
        guard mayNotBeString(first) else { return .string(text) }
        let count = text.utf8.count
        guard count <= 5 || first < UInt8(ascii: "A") else { return .string(text) }
        if count <= 5, let special = special(text) { return special }
        if first == UInt8(ascii: ".") {
            if let value = GoNumberParsing.parseFloat(text) { return .float(value) }
            return .string(text)
        }
        let isDigit = first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        guard isDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return .string(text) }
        // Timestamps, versions and names that start with a digit: a byte no number can hold.
        guard !text.withUTF8Bytes(cannotBeNumber) else { return .string(text) }
        let plain = text.utf8.contains(UInt8(ascii: "_")) ? text.removingUnderscores() : text
        if let value = GoNumberParsing.parseInt(plain) { return .int(value) }
        if let value = GoNumberParsing.parseUInt(plain) { return .uint(value) }
        if GoNumberParsing.isYAMLStyleFloat(plain), let value = GoNumberParsing.parseFloat(plain) { return .float(value) }
        if plain.hasPrefix("0b"), let value = Int64(plain.dropFirst(2), radix: 2) { return .int(value) }
        if plain.hasPrefix("-0b"), let value = Int64(plain.dropFirst(3), radix: 2) { return .int(-value) }
        return .string(text)
    }

    /// The short plain spellings of null, of the booleans go-yaml v2 reads (YAML 1.1's) and of
    /// the special floats, all of five bytes or fewer; nil for other text.
    private static func special(_ text: String) -> KubernetesScalar? {
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        default: return nil
        }
    }

    /// Whether a byte can appear in an integer or a float go-yaml v2 reads: digits, hex digits,
    /// signs, `.`, `_`, exponents and the `0x`, `0o` and `0b` prefixes.
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"),
            UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return true
        default:
            return false
        }
    }

    /// How a message names the value: `the string "3"`, `the number 1.1`, `the boolean true`, `null`.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return "the boolean \(value)"
        case .int(let value): return "the number \(value)"
        case .uint(let value): return "the number \(value)"
        case .float(let value): return "the number \(GoNumberParsing.format(value))"
        case .string(let value): return "the string " + ValueDescription.quote(value)
        }
    }
}

extension String {
    fileprivate func removingUnderscores() -> String {
        return String(unicodeScalars.filter { $0 != "_" }.map(Character.init))
    }
}
