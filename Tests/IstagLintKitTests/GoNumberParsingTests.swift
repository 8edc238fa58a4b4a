import Testing

@testable import IstagLintKit

/// `GoNumberParsing` against Go's `strconv` and `encoding/json`, row by row.
struct GoNumberParsingTests {
    struct Row<Value: Sendable>: Sendable, CustomTestStringConvertible {
        let input: String
        /// What Go gives; nil where Go returns an error.
        let go: Value?
        /// Where our port is known to give something else, and why it matters.
        var divergence: String? = nil
        var testDescription: String { "\"\(input)\"" }
    }

    /// `strconv.ParseInt(s, 0, 64)`: a sign, then the base from the prefix (`0x`, `0o`, `0b`,
    /// a bare leading `0` for octal, the prefix letter in either case), and the int64 range.
    static let parseIntRows: [Row<Int64>] = [
        Row(input: "0", go: 0), Row(input: "-0", go: 0), Row(input: "+0", go: 0),
        Row(input: "42", go: 42), Row(input: "+42", go: 42), Row(input: "-42", go: -42),
        Row(input: "007", go: 7), Row(input: "010", go: 8), Row(input: "08", go: nil), Row(input: "00", go: 0),
        Row(input: "0x1F", go: 31), Row(input: "0X1f", go: 31), Row(input: "-0x10", go: -16), Row(input: "+0x10", go: 16),
        Row(input: "0o17", go: 15), Row(input: "0O17", go: 15), Row(input: "0o8", go: nil),
        Row(input: "0b101", go: 5), Row(input: "0B11", go: 3), Row(input: "-0b11", go: -3), Row(input: "0b2", go: nil),
        Row(input: "0x", go: nil), Row(input: "0b", go: nil), Row(input: "0o", go: nil),
        Row(input: "", go: nil), Row(input: "+", go: nil), Row(input: "-", go: nil), Row(input: "--1", go: nil), Row(input: "+-1", go: nil),
        Row(input: "9223372036854775807", go: .max), Row(input: "9223372036854775808", go: nil),
        Row(input: "-9223372036854775808", go: .min), Row(input: "-9223372036854775809", go: nil),
        Row(input: "0x7FFFFFFFFFFFFFFF", go: .max), Row(input: "-0x8000000000000000", go: .min), Row(input: "0x8000000000000000", go: nil),
        Row(input: "1e3", go: nil), Row(input: "1.0", go: nil), Row(input: " 1", go: nil), Row(input: "1 ", go: nil), Row(input: "١", go: nil),
        // Base 0 alone reads underscores between digits, or after a prefix, as Go literals do.
        Row(input: "_1", go: nil), Row(input: "1__0", go: nil), Row(input: "1_", go: nil),
        Row(input: "1_000", go: 1000, divergence: "underscores are not read; harmless today, since go-yaml (and KubernetesScalar) strip them before parsing"),
        Row(input: "0x_1F", go: 31, divergence: "underscores are not read; harmless today, since go-yaml (and KubernetesScalar) strip them before parsing"),
    ]

    @Test(arguments: parseIntRows)
    func parseIntIsStrconvParseIntBase0(_ row: Row<Int64>) {
        GoTable.check(row.divergence) { #expect(GoNumberParsing.parseInt(row.input) == row.go) }
    }

    /// `strconv.ParseUint(s, 0, 64)`: no sign at all, and the uint64 range.
    static let parseUIntRows: [Row<UInt64>] = [
        Row(input: "0", go: 0), Row(input: "42", go: 42), Row(input: "+1", go: nil), Row(input: "-1", go: nil), Row(input: "", go: nil),
        Row(input: "18446744073709551615", go: .max), Row(input: "18446744073709551616", go: nil),
        Row(input: "0xFFFFFFFFFFFFFFFF", go: .max), Row(input: "0x10000000000000000", go: nil),
        Row(input: "9223372036854775808", go: 9_223_372_036_854_775_808), Row(input: "017", go: 15), Row(input: "0b11", go: 3),
    ]

    @Test(arguments: parseUIntRows)
    func parseUIntIsStrconvParseUintBase0(_ row: Row<UInt64>) {
        GoTable.check(row.divergence) { #expect(GoNumberParsing.parseUInt(row.input) == row.go) }
    }

    /// go-yaml v2's `yamlStyleFloat`, `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`,
    /// then `strconv.ParseFloat(s, 64)` on what it lets through (decimal input): overflow is an
    /// error (ErrRange), underflow is not.
    static let parseFloatRows: [Row<Double>] = [
        Row(input: "1.5", go: 1.5), Row(input: "-1.5", go: -1.5), Row(input: "+1.5", go: 1.5), Row(input: "1.10", go: 1.1),
        Row(input: ".5", go: 0.5), Row(input: "-.5", go: -0.5), Row(input: "5.", go: 5), Row(input: "08", go: 8), Row(input: "00.5", go: 0.5),
        Row(input: "1e3", go: 1000), Row(input: "1E+3", go: 1000), Row(input: "1.5e-3", go: 0.0015), Row(input: "+.5e1", go: 5),
        Row(input: "1e400", go: nil), Row(input: "-1e400", go: nil), Row(input: "2e308", go: nil), Row(input: "1e-400", go: 0),
        Row(input: "1.7976931348623157e308", go: .greatestFiniteMagnitude),
        Row(input: "", go: nil), Row(input: ".", go: nil), Row(input: "e5", go: nil), Row(input: "1e", go: nil), Row(input: "1e+", go: nil),
        Row(input: "1.2.3", go: nil), Row(input: "--1", go: nil), Row(input: " 1", go: nil), Row(input: "1 ", go: nil),
        Row(input: "1_0.5", go: nil), Row(input: ".e5", go: nil), Row(input: "0x1p-2", go: nil), Row(input: "inf", go: nil), Row(input: ".inf", go: nil),
    ]

    @Test(arguments: parseFloatRows)
    func parseFloatIsYamlStyleFloatThenStrconvParseFloat(_ row: Row<Double>) {
        GoTable.check(row.divergence) { #expect(GoNumberParsing.parseFloat(row.input) == row.go) }
    }

    /// go-yaml v2's `yamlStyleFloat` regular expression alone (Go's `regexp.MatchString`).
    static let yamlStyleFloatRows: [Row<Bool>] = [
        Row(input: "1", go: true), Row(input: "1.", go: true), Row(input: ".1", go: true), Row(input: "+1.5e-3", go: true),
        Row(input: "1e400", go: true), Row(input: "-.5E+10", go: true), Row(input: "1_0", go: false), Row(input: ".", go: false),
        Row(input: "1e", go: false), Row(input: "e1", go: false), Row(input: "0x1F", go: false), Row(input: ".inf", go: false),
        Row(input: "1.5.", go: false), Row(input: "+", go: false), Row(input: "", go: false), Row(input: "1e1.5", go: false),
    ]

    @Test(arguments: yamlStyleFloatRows)
    func yamlStyleFloatIsGoYAMLsExpression(_ row: Row<Bool>) {
        #expect(GoNumberParsing.isYAMLStyleFloat(row.input) == row.go)
    }

    /// `encoding/json`'s float encoder (`floatEncoder.encode`, as kubectl writes a decoded
    /// YAML float): `strconv.AppendFloat(f, 'f', -1, 64)` from 1e-6 up to 1e21, `'e'` outside
    /// with a one-digit exponent kept short (`1e-7`, not `1e-07`).
    static let formatRows: [Row<String>] = [
        Row(input: "1.1", go: "1.1"), Row(input: "1.0", go: "1"), Row(input: "-2.5", go: "-2.5"), Row(input: "0.1", go: "0.1"),
        Row(input: "1e16", go: "10000000000000000"), Row(input: "1.2e17", go: "120000000000000000"), Row(input: "0.001", go: "0.001"),
        Row(input: "1234567890123456.7", go: "1234567890123456.8"), Row(input: "0.30000000000000004", go: "0.30000000000000004"),
        Row(input: "1e21", go: "1e+21"), Row(input: "1.5e300", go: "1.5e+300"), Row(input: "1e-7", go: "1e-7", divergence: "written 1e-07"),
        Row(
            input: "1e20", go: "100000000000000000000",
            divergence: "written 1e+20, so IST102 quotes `cannot unmarshal number 1e+20` where the server says 100000000000000000000"),
        Row(input: "9223372036854775808", go: "9223372036854775808", divergence: "written 9.223372036854776e+18"),
        Row(input: "0.00001", go: "0.00001", divergence: "written 1e-05"),
        Row(input: "-0.0", go: "-0", divergence: "written 0"),
    ]

    @Test(arguments: formatRows)
    func formatIsEncodingJSONFloat(_ row: Row<String>) throws {
        let value = try #require(Double(row.input))
        GoTable.check(row.divergence) { #expect(GoNumberParsing.format(value) == row.go) }
    }
}
