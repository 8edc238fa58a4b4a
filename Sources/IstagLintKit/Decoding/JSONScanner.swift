/// A strict JSON (RFC 8259) checker, as Go's `encoding/json` reads JSON: it says whether a
/// text is one JSON value and, when the value is an object, what its top-level members are.
///
/// It never recurses: nesting is an explicit stack, limited to Go's own depth of 10 000, so
/// hostile input costs linear time and bounded memory. Only the top-level keys and string
/// values are decoded; everything else is checked and skipped. Error messages follow Go's
/// (`invalid character 'x' after object key`, `unexpected end of JSON input`).
public enum JSONScanner {
    /// Go's `maxNestingDepth`: the deepest nesting of objects and arrays it reads.
    public static let maxDepth = 10_000

    /// Checks `text`; returns what its top level holds, or where and why it is not JSON.
    public static func scan(_ text: String) -> Result<JSONSummary, JSONSyntaxError> {
        var scanner = Scanner(bytes: Array(text.utf8))
        return scanner.run()
    }

    /// The scanner's state: what it expects next.
    private enum Expectation {
        /// Any value (at the top, or after `:` or `,` in an array).
        case value
        /// A value or `]` (just after `[`).
        case valueOrArrayEnd
        /// A key or `}` (just after `{`).
        case keyOrObjectEnd
        /// A key (after `,` in an object).
        case key
        /// `:` after a key.
        case colon
        /// `,` or the end of the enclosing container, or the end of the text at the top.
        case afterValue
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// The open containers, innermost last: true for an object.
        var stack: [Bool] = []
        var expectation = Expectation.value
        var summary = JSONSummary(root: .null, members: [:])
        /// The top-level key whose value comes next.
        var pendingKey: String?
        var sawRoot = false

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> Result<JSONSummary, JSONSyntaxError> {
            while true {
                skipWhitespace()
                guard index < bytes.count else {
                    if expectation == .afterValue && stack.isEmpty { return .success(summary) }
                    return .failure(error("unexpected end of JSON input"))
                }
                let byte = bytes[index]
                switch expectation {
                case .value, .valueOrArrayEnd:
                    if expectation == .valueOrArrayEnd && byte == UInt8(ascii: "]") {
                        index += 1
                        stack.removeLast()
                        expectation = .afterValue
                        continue
                    }
                    if let failure = beginValue(byte) { return .failure(failure) }
                case .keyOrObjectEnd, .key:
                    if expectation == .keyOrObjectEnd && byte == UInt8(ascii: "}") {
                        index += 1
                        stack.removeLast()
                        expectation = .afterValue
                        continue
                    }
                    guard byte == UInt8(ascii: "\"") else {
                        return .failure(error("invalid character \(Self.quoted(byte)) looking for beginning of object key string"))
                    }
                    let isTopLevel = stack.count == 1
                    switch scanString(decoding: isTopLevel) {
                    case .failure(let failure): return .failure(failure)
                    case .success(let key): pendingKey = isTopLevel ? key : nil
                    }
                    expectation = .colon
                case .colon:
                    guard byte == UInt8(ascii: ":") else {
                        return .failure(error("invalid character \(Self.quoted(byte)) after object key"))
                    }
                    index += 1
                    expectation = .value
                case .afterValue:
                    guard let isObject = stack.last else {
                        return .failure(error("invalid character \(Self.quoted(byte)) after top-level value"))
                    }
                    if byte == UInt8(ascii: ",") {
                        index += 1
                        expectation = isObject ? .key : .value
                    } else if byte == UInt8(ascii: isObject ? "}" : "]") {
                        index += 1
                        stack.removeLast()
                    } else {
                        let place = isObject ? "after object key:value pair" : "after array element"
                        return .failure(error("invalid character \(Self.quoted(byte)) \(place)"))
                    }
                }
            }
        }

        /// Reads the start of a value (all of a scalar); records top-level members.
        private mutating func beginValue(_ byte: UInt8) -> JSONSyntaxError? {
            let kind: JSONSummary.Kind
            var text: String?
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < JSONScanner.maxDepth else { return error("exceeded max depth") }
                let isObject = byte == UInt8(ascii: "{")
                kind = isObject ? .object : .array
                index += 1
                record(kind, text: nil)
                stack.append(isObject)
                expectation = isObject ? .keyOrObjectEnd : .valueOrArrayEnd
                return nil
            case UInt8(ascii: "\""):
                kind = .string
                switch scanString(decoding: stack.count == 1 && stack.last == true && pendingKey != nil) {
                case .failure(let failure): return failure
                case .success(let decoded): text = decoded
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                kind = .number
                if let failure = scanNumber() { return failure }
            case UInt8(ascii: "t"):
                kind = .boolean
                if let failure = scanLiteral("true") { return failure }
            case UInt8(ascii: "f"):
                kind = .boolean
                if let failure = scanLiteral("false") { return failure }
            case UInt8(ascii: "n"):
                kind = .null
                if let failure = scanLiteral("null") { return failure }
            default:
                return error("invalid character \(Self.quoted(byte)) looking for beginning of value")
            }
            record(kind, text: text)
            expectation = .afterValue
            return nil
        }

        /// Notes the root's kind, or a top-level member's kind and string value.
        private mutating func record(_ kind: JSONSummary.Kind, text: String?) {
            if !sawRoot {
                sawRoot = true
                summary.root = kind
            } else if stack.count == 1, stack.last == true, let key = pendingKey {
                summary.members[key] = JSONSummary.Member(kind: kind, string: kind == .string ? text : nil)
                pendingKey = nil
            }
        }

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
                default: return
                }
            }
        }

        /// Reads a string starting at its `"`; decodes it when asked, else returns nil text.
        private mutating func scanString(decoding: Bool) -> Result<String?, JSONSyntaxError> {
            index += 1
            var decoded: [UInt8] = []
            var pendingHighSurrogate: UInt32?
            func append(scalar value: UInt32) {
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                decoded.append(contentsOf: Array(String(scalar).utf8))
            }
            func flushSurrogate() {
                if pendingHighSurrogate != nil { append(scalar: 0xFFFD) }
                pendingHighSurrogate = nil
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard decoding else { return .success(nil) }
                    flushSurrogate()
                    return .success(String(decoding: decoded, as: UTF8.self))
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { return .failure(error("unexpected end of JSON input")) }
                    let escape = bytes[index]
                    index += 1
                    if escape == UInt8(ascii: "u") {
                        guard index + 4 <= bytes.count else {
                            index = bytes.count
                            return .failure(error("unexpected end of JSON input"))
                        }
                        var value: UInt32 = 0
                        for _ in 0..<4 {
                            guard let digit = Self.hexValue(bytes[index]) else {
                                return .failure(error("invalid character \(Self.quoted(bytes[index])) in \\u hexadecimal character escape"))
                            }
                            value = value * 16 + digit
                            index += 1
                        }
                        guard decoding else { continue }
                        if (0xD800...0xDBFF).contains(value) {
                            flushSurrogate()
                            pendingHighSurrogate = value
                        } else if (0xDC00...0xDFFF).contains(value), let high = pendingHighSurrogate {
                            pendingHighSurrogate = nil
                            append(scalar: 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00))
                        } else {
                            flushSurrogate()
                            append(scalar: (0xD800...0xDFFF).contains(value) ? 0xFFFD : value)
                        }
                        continue
                    }
                    let replacement: UInt8
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): replacement = escape
                    case UInt8(ascii: "b"): replacement = 0x08
                    case UInt8(ascii: "f"): replacement = 0x0C
                    case UInt8(ascii: "n"): replacement = 0x0A
                    case UInt8(ascii: "r"): replacement = 0x0D
                    case UInt8(ascii: "t"): replacement = 0x09
                    default:
                        index -= 1
                        return .failure(error("invalid character \(Self.quoted(escape)) in string escape code"))
                    }
                    if decoding {
                        flushSurrogate()
                        decoded.append(replacement)
                    }
                case 0x00..<0x20:
                    return .failure(error("invalid character \(Self.quoted(byte)) in string literal"))
                default:
                    if decoding {
                        flushSurrogate()
                        decoded.append(byte)
                    }
                    index += 1
                }
            }
            return .failure(error("unexpected end of JSON input"))
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
        private mutating func scanNumber() -> JSONSyntaxError? {
            if bytes[index] == UInt8(ascii: "-") {
                index += 1
                guard index < bytes.count else { return error("unexpected end of JSON input") }
                guard Self.isDigit(bytes[index]) else { return error("invalid character \(Self.quoted(bytes[index])) in numeric literal") }
            }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.count else { return error("unexpected end of JSON input") }
                guard Self.isDigit(bytes[index]) else { return error("invalid character \(Self.quoted(bytes[index])) after decimal point in numeric literal") }
                while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard index < bytes.count else { return error("unexpected end of JSON input") }
                guard Self.isDigit(bytes[index]) else { return error("invalid character \(Self.quoted(bytes[index])) in exponent of numeric literal") }
                while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
            }
            return nil
        }

        /// `true`, `false` or `null`, starting at its first letter.
        private mutating func scanLiteral(_ literal: String) -> JSONSyntaxError? {
            let expected = Array(literal.utf8)
            for (offset, letter) in expected.enumerated() {
                guard index < bytes.count else { return error("unexpected end of JSON input") }
                guard bytes[index] == letter else {
                    return error("invalid character \(Self.quoted(bytes[index])) in literal \(literal) (expecting \(Self.quoted(expected[offset])))")
                }
                index += 1
            }
            return nil
        }

        /// An error at the current byte, with its line and column (1-based, columns in
        /// Unicode scalars).
        private func error(_ message: String) -> JSONSyntaxError {
            let offset = min(index, bytes.count)
            var line = 1
            var column = 1
            for byte in bytes[..<offset] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return JSONSyntaxError(message: message, offset: offset, line: line, column: column)
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        private static func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        /// A byte as Go's scanner quotes it (`quoteChar`: the byte read as a Latin-1 character,
        /// through `strconv.Quote`): `'x'`, `'\''`, `'\t'`, `'\x00'`, `'\u0085'`, `'ï'`.
        static func quoted(_ byte: UInt8) -> String {
            func hex(_ value: UInt8, digits: Int) -> String {
                let text = String(value, radix: 16)
                return String(repeating: "0", count: max(0, digits - text.count)) + text
            }
            switch byte {
            case UInt8(ascii: "'"): return "'\\''"
            case UInt8(ascii: "\\"): return "'\\\\'"
            case 0x07: return "'\\a'"
            case 0x08: return "'\\b'"
            case 0x09: return "'\\t'"
            case 0x0A: return "'\\n'"
            case 0x0B: return "'\\v'"
            case 0x0C: return "'\\f'"
            case 0x0D: return "'\\r'"
            case 0x00..<0x20, 0x7F: return "'\\x" + hex(byte, digits: 2) + "'"
            case 0x20..<0x7F: return "'" + String(UnicodeScalar(byte)) + "'"
            case 0x80...0xA0, 0xAD: return "'\\u" + hex(byte, digits: 4) + "'"
            default: return "'" + String(UnicodeScalar(byte)) + "'"
            }
        }
    }
}

/// What the top level of a JSON text holds.
public struct JSONSummary: Sendable, Hashable {
    /// The JSON type of a value.
    public enum Kind: String, Sendable, Hashable {
        case object, array, string, number, boolean, null
    }

    /// A top-level member of an object.
    public struct Member: Sendable, Hashable {
        /// The value's JSON type.
        public var kind: Kind
        /// The decoded text, for a string value.
        public var string: String?
    }

    /// The type of the whole text's value.
    public var root: Kind
    /// The members of a top-level object by key (the last of duplicate keys wins, as in Go);
    /// empty for any other root.
    public var members: [String: Member]
}

/// Why a text is not JSON, and where.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    /// What Go's decoder would say (`invalid character '}' looking for beginning of value`).
    public var message: String
    /// The byte offset of the offending character in the text.
    public var offset: Int
    /// Its line, 1-based.
    public var line: Int
    /// Its column, 1-based, in Unicode scalars.
    public var column: Int
}
