import IstagLintKit
import Testing

/// `JSONScanner` against what Go's `encoding/json` accepts and refuses, its top-level summary,
/// and hostile input.
struct JSONScannerTests {
    static let valid: [String] = [
        "{}", "[]", "0", "-0", "-0.5e+10", "1E3", "123.456", "\"\"", "true", "false", "null",
        " \t\r\n{ \"a\" : [ 1 , 2 , { \"b\" : null } ] } \n",
        "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}",
        "{\"a\":{},\"b\":[],\"c\":[[]],\"d\":[{}]}",
        "\"é ✓ 😀\"",
        "{\"a\":1,\"a\":2}",
    ]

    static let invalid: [(text: String, message: String)] = [
        ("", "unexpected end of JSON input"),
        ("   ", "unexpected end of JSON input"),
        ("{", "unexpected end of JSON input"),
        ("{\"a\"", "unexpected end of JSON input"),
        ("{\"a\":", "unexpected end of JSON input"),
        ("[1,", "unexpected end of JSON input"),
        ("\"abc", "unexpected end of JSON input"),
        ("{\"a\":1,}", "invalid character '}' looking for beginning of object key string"),
        ("[1,]", "invalid character ']' looking for beginning of value"),
        ("{'a':1}", "invalid character '\\'' looking for beginning of object key string"),
        ("{\"a\" 1}", "invalid character '1' after object key"),
        ("{\"a\":1 \"b\":2}", "invalid character '\"' after object key:value pair"),
        ("[1 2]", "invalid character '2' after array element"),
        ("{} {}", "invalid character '{' after top-level value"),
        ("01", "invalid character '1' after top-level value"),
        ("1.", "unexpected end of JSON input"),
        ("1.x", "invalid character 'x' after decimal point in numeric literal"),
        (".5", "invalid character '.' looking for beginning of value"),
        ("-", "unexpected end of JSON input"),
        ("-a", "invalid character 'a' in numeric literal"),
        ("1e", "unexpected end of JSON input"),
        ("1e+x", "invalid character 'x' in exponent of numeric literal"),
        ("tru", "unexpected end of JSON input"),
        ("trUe", "invalid character 'U' in literal true (expecting 'u')"),
        ("nul1", "invalid character '1' in literal null (expecting 'l')"),
        ("NaN", "invalid character 'N' looking for beginning of value"),
        ("// c\n{}", "invalid character '/' looking for beginning of value"),
        ("\"a\tb\"", "invalid character '\\t' in string literal"),
        ("\"\\x\"", "invalid character 'x' in string escape code"),
        ("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape"),
        ("\"\\u12", "unexpected end of JSON input"),
        ("\u{FEFF}{}", "invalid character 'ï' looking for beginning of value"),
        ("\u{1}", "invalid character '\\x01' looking for beginning of value"),
    ]

    @Test(arguments: valid)
    func acceptsWhatGoAccepts(_ text: String) {
        guard case .failure(let error) = JSONScanner.scan(text) else { return }
        Issue.record("\(text.debugDescription): \(error.message)")
    }

    @Test(arguments: invalid.indices)
    func refusesWhatGoRefusesInGoWords(_ index: Int) {
        let (text, message) = Self.invalid[index]
        guard case .failure(let error) = JSONScanner.scan(text) else {
            Issue.record("\(text.debugDescription) was accepted")
            return
        }
        #expect(error.message == message, "\(text.debugDescription)")
    }

    @Test func summarisesTheTopLevel() throws {
        let text =
            #"{"schemaVersion": 2, "mediaType": "application\/vnd.oci.image.index.v1+json", "manifests": [{"mediaType": "x"}], "mediaType": "application/vnd.oci.image.index.v1+json", "config": {"mediaType": "nested"}, "note": "\ud83d\ude00 \u00e9"}"#
        let summary = try JSONScanner.scan(text).get()
        #expect(summary.root == .object)
        #expect(summary.members["mediaType"]?.string == "application/vnd.oci.image.index.v1+json")
        #expect(summary.members["manifests"]?.kind == .array)
        #expect(summary.members["config"]?.kind == .object)
        #expect(summary.members["schemaVersion"]?.kind == .number)
        #expect(summary.members["note"]?.string == "😀 é")
        #expect(summary.members.count == 5)
        #expect(try JSONScanner.scan("[{\"mediaType\": \"x\"}]").get().members.isEmpty)
        #expect(try JSONScanner.scan("\"s\"").get().root == .string)
    }

    @Test func loneSurrogatesBecomeReplacementCharactersAsInGo() throws {
        let summary = try JSONScanner.scan(#"{"a": "\ud800x", "b": "\udc00"}"#).get()
        #expect(summary.members["a"]?.string == "\u{FFFD}x")
        #expect(summary.members["b"]?.string == "\u{FFFD}")
    }

    @Test func reportsLineAndColumn() {
        guard case .failure(let error) = JSONScanner.scan("{\n  \"a\": 1,\n  \"é\": ,\n}") else {
            Issue.record("accepted")
            return
        }
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(error.offset == 20)
    }

    @Test func nestsAsDeepAsGoAndNoDeeper() {
        let deepest = String(repeating: "[", count: JSONScanner.maxDepth) + String(repeating: "]", count: JSONScanner.maxDepth)
        #expect((try? JSONScanner.scan(deepest).get()) != nil)
        let tooDeep = String(repeating: "[", count: JSONScanner.maxDepth + 1) + String(repeating: "]", count: JSONScanner.maxDepth + 1)
        guard case .failure(let error) = JSONScanner.scan(tooDeep) else {
            Issue.record("accepted")
            return
        }
        #expect(error.message == "exceeded max depth")
    }

    @Test func hostileInputEndsQuickly() {
        for text in [
            String(repeating: "[", count: 1_000_000),
            String(repeating: "{\"a\":", count: 200_000),
            "\"" + String(repeating: "\\u0041", count: 200_000) + "\"",
            "[" + String(repeating: "1,", count: 500_000) + "1]",
        ] {
            _ = JSONScanner.scan(text)
        }
    }
}
