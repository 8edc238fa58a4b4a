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

    /// The spellings go-yaml v2 reads as booleans.
    static let trueSpellings: Set<String> = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    static let falseSpellings: Set<String> = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]
    /// The boolean spellings that YAML 1.2 (and so kustomize, yq and most editors) reads as strings.
    public static let yaml11OnlyBooleans: Set<String> = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]

    /// How a scalar node decodes; nil for a mapping, a sequence or an undefined alias.
    public static func of(_ id: NodeID, in document: Document) -> KubernetesScalar? {
        guard let id = document.resolved(id) else { return nil }
        let node = document[id]
        guard case .scalar(let text, let style) = node.content else { return nil }
        return resolve(text, style: style, tag: node.tag)
    }

    /// Resolves a scalar's text, style and tag as go-yaml v2 does.
    public static func resolve(_ text: String, style: ScalarStyle, tag: String?) -> KubernetesScalar {
        switch tag {
        case "tag:yaml.org,2002:str", "tag:yaml.org,2002:binary": return .string(text)
        case "tag:yaml.org,2002:null": return .null
        case nil, "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float": break
        default: return .string(text)
        }
        guard style == .plain || tag != nil else { return .string(text) }
        return resolvePlain(text)
    }

    private static func resolvePlain(_ text: String) -> KubernetesScalar {
        guard let first = text.utf8.first else { return .null }
        // Most scalars are names and pull specs: decide from the first byte before any lookup.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            break
        default:
            return .string(text)
        }
        guard text.utf8.count <= 5 || first < UInt8(ascii: "A") else { return .string(text) }
        if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        if trueSpellings.contains(text) { return .bool(true) }
        if falseSpellings.contains(text) { return .bool(false) }
        switch text {
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        default: break
        }
        if first == UInt8(ascii: ".") {
            if let value = GoNumberParsing.parseFloat(text) { return .float(value) }
            return .string(text)
        }
        let isDigit = first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        guard isDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return .string(text) }
        let plain = text.replacingUnderscores()
        if let value = GoNumberParsing.parseInt(plain) { return .int(value) }
        if let value = GoNumberParsing.parseUInt(plain) { return .uint(value) }
        if GoNumberParsing.isYAMLStyleFloat(plain), let value = GoNumberParsing.parseFloat(plain) { return .float(value) }
        if plain.hasPrefix("0b"), let value = Int64(plain.dropFirst(2), radix: 2) { return .int(value) }
        if plain.hasPrefix("-0b"), let value = Int64(plain.dropFirst(3), radix: 2) { return .int(-value) }
        return .string(text)
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
    fileprivate func replacingUnderscores() -> String {
        guard contains("_") else { return self }
        return String(unicodeScalars.filter { $0 != "_" }.map(Character.init))
    }
}
