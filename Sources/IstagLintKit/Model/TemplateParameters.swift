import YAMLTree

/// An OpenShift Template's `parameters`, and what processing the template (`oc process`, or
/// the server's `processedtemplates`) makes of a string of its objects: library-go
/// `templateprocessing` `Processor.EvaluateParameterSubstitution`.
///
/// A string that is exactly `${{NAME}}` takes the parameter's value decoded as JSON (`3` is a
/// number); every `${NAME}` elsewhere is replaced by the value as text. A name no parameter
/// has is left as written, without an error. A parameter without a `value` (one the user
/// passes with `-p`, or one `generate` makes) has no value known before processing: a string
/// that holds it is opaque, never judged for its sake.
public struct TemplateParameters: Sendable {
    /// One entry of `parameters`.
    public struct Parameter: Sendable {
        /// Its index in `parameters`.
        public var index: Int
        /// Its `name`, nil when missing, null or not a string.
        public var name: String?
        /// Its `value`, nil when missing or empty.
        public var value: String?
    }

    /// The parameters in order.
    public let parameters: [Parameter]
    /// The value of each name: the last parameter of a name wins, as in processing.
    private let values: [String: String?]

    /// The parameters of the template whose root is `root`.
    init(template root: NodeID, in document: Document) {
        var parameters: [Parameter] = []
        if let list = document.value(forKey: "parameters", in: root).flatMap({ document.items(of: $0) }) {
            for (index, item) in list.enumerated() {
                guard let item = document.resolved(item), document.isMapping(item) else { continue }
                func string(_ key: String) -> String? {
                    guard let node = document.value(forKey: key, in: item), case .string(let text) = KubernetesScalar.of(node, in: document) else {
                        return nil
                    }
                    return text
                }
                let value = string("value")
                parameters.append(Parameter(index: index, name: string("name"), value: value?.isEmpty == false ? value : nil))
            }
        }
        self.parameters = parameters
        var values: [String: String?] = [:]
        for parameter in parameters {
            if let name = parameter.name { values[name] = .some(parameter.value) }
        }
        self.values = values
    }

    /// Every parameter name, in order.
    public var names: [String] { parameters.compactMap(\.name) }

    /// What processing makes of one string of an object.
    enum Substitution: Equatable {
        /// No parameter is named in it, or only unknown ones: it stays as written.
        case unchanged
        /// Its text after processing, and the style that reads it as processing leaves it:
        /// plain for a `${{NAME}}` whose value is a JSON number, boolean or null, double-quoted
        /// (a string) otherwise.
        case text(String, ScalarStyle)
        /// It names a parameter without a known value, or takes a JSON object or list.
        case opaque
    }

    /// What processing makes of `text`, and the names it holds that no parameter has.
    func substitution(of text: String) -> (Substitution, unknown: [String]) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, bytes.contains(UInt8(ascii: "$")) else { return (.unchanged, []) }
        if let name = Self.wholeJSONReference(bytes) {
            guard let known = values[name] else { return (.unchanged, [name]) }
            guard let value = known else { return (.opaque, []) }
            return (Self.jsonSubstitution(value), [])
        }
        var result = ""
        var unknown: [String] = []
        var replaced = false
        var opaque = false
        var index = 0
        var copied = 0
        while index + 3 < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, Self.isNameByte(bytes[end]) { end += 1 }
            guard end > index + 2, end < bytes.count, bytes[end] == UInt8(ascii: "}") else {
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            switch values[name] {
            case .none:
                unknown.append(name)
            case .some(.none):
                opaque = true
            case .some(.some(let value)):
                result += String(decoding: bytes[copied..<index], as: UTF8.self) + value
                copied = end + 1
                replaced = true
            }
            index = end + 1
        }
        if opaque { return (.opaque, unknown) }
        guard replaced else { return (.unchanged, unknown) }
        result += String(decoding: bytes[copied...], as: UTF8.self)
        return (.text(result, .doubleQuoted), unknown)
    }

    /// `^\$\{\{([a-zA-Z0-9\_]+)\}\}$`: the name of a string that is one non-string reference.
    private static func wholeJSONReference(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 6, bytes.starts(with: Array("${{".utf8)), bytes.suffix(2).elementsEqual(Array("}}".utf8)) else { return nil }
        let name = bytes[3..<(bytes.count - 2)]
        guard name.allSatisfy(isNameByte) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// A `${{NAME}}` value as processing decodes it (`json.Unmarshal`, falling back to the
    /// string): a JSON number, boolean or null is that value; text that is not JSON stays a
    /// string; a JSON object, list or string is a value this tree does not hold, opaque.
    private static func jsonSubstitution(_ value: String) -> Substitution {
        guard case .success(let summary) = JSONScanner.scan(value) else { return .text(value, .doubleQuoted) }
        switch summary.root {
        case .number, .boolean, .null: return .text(value, .plain)
        case .object, .array, .string: return .opaque
        }
    }

    /// `[a-zA-Z0-9_]`: a byte of a parameter name.
    static func isNameByte(_ byte: UInt8) -> Bool {
        ReferenceGrammar.isAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }
}
