import Testing
import YAMLTree

@testable import IstagLintKit

/// `KubernetesScalar` and `KeyText` against what kubectl reads: go-yaml v2's `resolve` and
/// decoder (`decode.go`, `scalar`), then sigs.k8s.io/yaml's `convertToJSONableObject` for keys.
struct KubernetesScalarTests {
    /// What go-yaml v2 gives for a scalar: a value, or an error that stops kubectl reading the file.
    enum GoResult: Sendable, Equatable {
        case value(KubernetesScalar)
        case decodeError

        static func == (lhs: GoResult, rhs: GoResult) -> Bool {
            switch (lhs, rhs) {
            case (.decodeError, .decodeError): return true
            case (.value(.float(let left)), .value(.float(let right))) where left.isNaN && right.isNaN: return true
            case (.value(let left), .value(let right)): return left == right
            default: return false
            }
        }
    }

    struct Row: Sendable, CustomTestStringConvertible {
        /// The value as written after `v: `.
        let yaml: String
        let go: GoResult
        var divergence: String? = nil
        var testDescription: String { "v: \(yaml.replacingOccurrences(of: "\n", with: "\\n"))" }

        init(_ yaml: String, _ go: KubernetesScalar, divergence: String? = nil) {
            self.yaml = yaml
            self.go = .value(go)
            self.divergence = divergence
        }

        init(_ yaml: String, decodeError: Void, divergence: String) {
            self.yaml = yaml
            self.go = .decodeError
            self.divergence = divergence
        }
    }

    static let rows: [Row] = [
        // resolveMap: null, the YAML 1.1 booleans and the special floats, exact spellings only.
        Row("~", .null), Row("", .null), Row("null", .null), Row("Null", .null), Row("NULL", .null), Row("nULL", .string("nULL")),
        Row("true", .bool(true)), Row("TRUE", .bool(true)), Row("tRUE", .string("tRUE")), Row("yes", .bool(true)), Row("Y", .bool(true)),
        Row("on", .bool(true)), Row("ON", .bool(true)), Row("oN", .string("oN")), Row("n", .bool(false)), Row("NO", .bool(false)),
        Row("off", .bool(false)), Row("o", .string("o")), Row("nan", .string("nan")), Row("inf", .string("inf")),
        Row(".inf", .float(.infinity)), Row("-.Inf", .float(-.infinity)), Row("+.INF", .float(.infinity)), Row(".NaN", .float(.nan)),
        Row(".nAn", .string(".nAn")), Row("+inf", .string("+inf")),
        // Hint 'D' or 'S': a timestamp stays a string, then ParseInt, ParseUint, yamlStyleFloat + ParseFloat, 0b.
        Row("42", .int(42)), Row("-42", .int(-42)), Row("+42", .int(42)), Row("0", .int(0)), Row("-0", .int(0)),
        Row("0x1F", .int(31)), Row("017", .int(15)), Row("0o17", .int(15)), Row("0b101", .int(5)), Row("-0b101", .int(-5)),
        Row("08", .float(8)), Row("09.5", .float(9.5)), Row("1_000", .int(1000)), Row("0x_1F", .int(31)), Row("1__", .int(1)),
        Row("+_1", .int(1)), Row("_1", .string("_1")), Row("1_0.5", .float(10.5)),
        Row("1.10", .float(1.1)), Row("1e3", .float(1000)), Row("1.", .float(1)), Row(".5", .float(0.5)), Row("-.5", .float(-0.5)),
        Row("+.5", .float(0.5)), Row(".", .string(".")), Row("1e-400", .float(0)),
        Row("9223372036854775807", .int(.max)), Row("-9223372036854775808", .int(.min)), Row("9223372036854775808", .uint(9_223_372_036_854_775_808)),
        Row("18446744073709551615", .uint(.max)), Row("18446744073709551616", .float(18_446_744_073_709_551_616)),
        Row("-9223372036854775809", .float(-9_223_372_036_854_775_808)), Row("1e400", .string("1e400")),
        Row("2024-05-01", .string("2024-05-01")), Row("2024-05-01T10:00:00Z", .string("2024-05-01T10:00:00Z")), Row("12:30", .string("12:30")),
        Row("1.2.3", .string("1.2.3")), Row("0x1G", .string("0x1G")), Row("0b", .string("0b")), Row("0b2", .string("0b2")),
        Row("+", .string("+")), Row("1e", .string("1e")), Row("3.3-alpine", .string("3.3-alpine")), Row("6.1-5648", .string("6.1-5648")),
        Row("0x1p-2", .string("0x1p-2")), Row("1-2", .string("1-2")), Row("ruby", .string("ruby")),
        // Quoted and block scalars are strings whatever they hold.
        Row("\"1\"", .string("1")), Row("'yes'", .string("yes")), Row("\"~\"", .string("~")), Row("\"\"", .string("")), Row("|\n  42\n", .string("42\n")),
        // Tags: !!str, !!int, !!bool, !!float and !!null resolve the text; other tags leave a string.
        Row("!!str 42", .string("42")), Row("!!int \"42\"", .int(42)), Row("!!bool \"yes\"", .bool(true)), Row("!!float \"1.5\"", .float(1.5)),
        Row("!!null ~", .null), Row("!!timestamp 2024-05-01", .string("2024-05-01")), Row("!custom 42", .string("42")), Row("! 42", .string("42")),
        Row("!!float 1", .float(1), divergence: "read as the integer 1; the JSON kubectl sends is the same (1)"),
        Row("!!binary aGVsbG8=", .string("hello"), divergence: "go-yaml decodes !!binary from base64; istaglint keeps the base64 text"),
        Row("!!int 1.5", decodeError: (), divergence: "go-yaml fails (cannot decode !!float `1.5` as a !!int); istaglint reads the float"),
        Row("!!null x", decodeError: (), divergence: "go-yaml fails (cannot decode !!str `x` as a !!null); istaglint reads null"),
    ]

    @Test(arguments: rows)
    func scalarIsWhatGoYAMLv2Decodes(_ row: Row) throws {
        let parsed = YAMLParser.parse(Array("v: \(row.yaml)\n".utf8))
        let document = try #require(parsed.documents.first)
        let value = try #require(document.root.flatMap { document.value(forKey: "v", in: $0) })
        let decoded = KubernetesScalar.of(value, in: document).map(GoResult.value)
        GoTable.check(row.divergence) { #expect(decoded == row.go) }
    }

    /// The JSON key a YAML key becomes (`convertToJSONableObject`): a string stays, an int is
    /// `strconv.Itoa`, a bool `true`/`false`, a float `strconv.FormatFloat(k, 'g', -1, 32)`
    /// (with `.inf`, `-.inf`, `.nan`), and any other key (null, uint64) is an error: nil.
    static let keyRows: [(key: String, go: String?, divergence: String?)] = [
        ("name", "name", nil), ("'1'", "1", nil), ("10", "10", nil), ("0x10", "16", nil), ("-3", "-3", nil), ("yes", "true", nil),
        ("False", "false", nil), ("~", nil, nil), ("1.5", "1.5", nil), ("1.10", "1.1", nil), ("1e3", "1000", nil), ("3.0", "3", nil),
        (".5", "0.5", nil), ("0.0001", "0.0001", nil), ("0.00001", "1e-05", nil),
        ("1e6", "1e+06", "written 1000000: Go's %g switches to an exponent from 1e6"),
        ("0.1234567891", "0.12345679", "written 0.1234567891: Go formats the key as a float32"),
        (".inf", ".inf", "written +Inf"),
        ("18446744073709551615", nil, "written as the number: sigs.k8s.io/yaml refuses a uint64 key (Unsupported map key of type: uint64)"),
    ]

    @Test func keysAreWhatSigsYAMLWrites() throws {
        for row in Self.keyRows {
            let parsed = YAMLParser.parse(Array("\(row.key): x\n".utf8))
            let document = try #require(parsed.documents.first)
            let entries = try #require(document.root.flatMap { document.entries(of: $0) })
            let key = try #require(entries.first?.key)
            GoTable.check(row.divergence) { #expect(KeyText.of(key, in: document) == row.go, "key \(row.key)") }
        }
    }
}
