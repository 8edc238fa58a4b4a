import Testing

@testable import IstagLintKit

/// `Base64Format` against Go's `base64.StdEncoding.DecodeString`, which `encoding/json` uses
/// for `[]byte` fields: nil, or the offset of its `CorruptInputError` ("illegal base64 data at
/// input byte N"), as `decodeQuantum` computes it.
struct Base64FormatTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let input: String
        /// Go's error offset; nil where the string decodes.
        let go: Int?
        var divergence: String? = nil
        var testDescription: String { "\"\(input.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r"))\"" }
    }

    static let rows: [Row] = [
        Row(input: "", go: nil), Row(input: "QQ==", go: nil), Row(input: "QUI=", go: nil), Row(input: "QUJD", go: nil), Row(input: "QUJDRA==", go: nil),
        Row(input: "QR==", go: nil), Row(input: "+/+/", go: nil),
        // CR and LF are skipped anywhere, padding included.
        Row(input: "QUJD\nRA==", go: nil), Row(input: "QUJD\r\nRA==", go: nil), Row(input: "QQ==\n", go: nil), Row(input: "QQ=\n=", go: nil),
        // A byte outside the alphabet: its own offset (bytes, not characters).
        Row(input: "QUJ!", go: 3), Row(input: "QUJDé", go: 4), Row(input: " QQ==", go: 0), Row(input: "QU-_", go: 2), Row(input: "QUJD\tRA==", go: 4),
        // Padding where a quantum starts, or after one character: the `=` itself.
        Row(input: "=QQQ", go: 0), Row(input: "Q===", go: 1), Row(input: "QUJD=", go: 4),
        // Data after the padding: the first byte after it.
        Row(input: "QQ== ", go: 4), Row(input: "QUI=QUI=", go: 4), Row(input: "QQ==QQ==", go: 4), Row(input: "QUI=A", go: 4),
        // An unfinished quantum at the end: si - j, where the quantum started.
        Row(input: "Q", go: 0, divergence: "reports the end of the input (1), not where the quantum started"),
        Row(input: "QQ", go: 0, divergence: "reports the end of the input (2), not where the quantum started"),
        Row(input: "QUJDQ", go: 4, divergence: "reports the end of the input (5), not where the quantum started"),
        // One `=` where two are needed: the end of the input, or the `=` when something else follows.
        Row(input: "QQ=", go: 3, divergence: "reports the = (2), not the end of the input"),
        Row(input: "QQ=\n", go: 4, divergence: "reports the = (2), not the end of the input"),
        Row(input: "QQ=A", go: 2, divergence: "reports the A (3), not the ="),
    ]

    @Test(arguments: rows)
    func firstIllegalByteIsStdEncodingsCorruptInputError(_ row: Row) {
        GoTable.check(row.divergence) { #expect(Base64Format.firstIllegalByte(in: row.input) == row.go) }
    }
}
