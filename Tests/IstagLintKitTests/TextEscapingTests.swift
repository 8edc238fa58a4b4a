import Testing

@testable import IstagLintKit

/// The shared escaping walk under each writer's rule: what a few inputs become.
struct TextEscapingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let writer: String
        let escaping: TextEscaping
        let input: String
        let expected: String

        var testDescription: String { "\(writer) \(input.debugDescription)" }
    }

    static let display = DisplayText.visibleEscaping
    static let data = GitHubReporter.dataEscaping
    static let property = GitHubReporter.propertyEscaping
    static let content = XMLText.contentEscaping
    static let attribute = XMLText.attributeEscaping
    static let quote = ValueDescription.quoteEscaping

    static let rows: [Row] = [
        Row(writer: "display", escaping: display, input: "a\u{1B}b", expected: "a\\x1bb"),
        Row(writer: "display", escaping: display, input: "100% é", expected: "100% é"),
        Row(writer: "display", escaping: display, input: "a\r\n\tb", expected: "a\\r\\n\\tb"),
        Row(writer: "display", escaping: display, input: "<&>\"'", expected: "<&>\"'"),
        Row(writer: "display", escaping: display, input: "\u{7F}\u{85}\u{2028}", expected: "\\x7f\\x85\\u{2028}"),

        Row(writer: "github data", escaping: data, input: "a\u{1B}b", expected: "a\\x1bb"),
        Row(writer: "github data", escaping: data, input: "100% é: a, b", expected: "100%25 é: a, b"),
        Row(writer: "github data", escaping: data, input: "a\r\nb", expected: "a%0D%0Ab"),
        Row(writer: "github data", escaping: data, input: "<&>\"'", expected: "<&>\"'"),
        Row(writer: "github data", escaping: data, input: "\t\u{2029}", expected: "\\t\\u{2029}"),

        Row(writer: "github property", escaping: property, input: "a\u{7}b", expected: "a\\x07b"),
        Row(writer: "github property", escaping: property, input: "100% é: a, b", expected: "100%25 é%3A a%2C b"),
        Row(writer: "github property", escaping: property, input: "a\r\nb", expected: "a%0D%0Ab"),
        Row(writer: "github property", escaping: property, input: "<&>\"'", expected: "<&>\"'"),

        Row(writer: "xml content", escaping: content, input: "a\u{1B}b\u{0}", expected: "a\u{FFFD}b\u{FFFD}"),
        Row(writer: "xml content", escaping: content, input: "100% é", expected: "100% é"),
        Row(writer: "xml content", escaping: content, input: "a\r\n\tb", expected: "a&#13;\n\tb"),
        Row(writer: "xml content", escaping: content, input: "<&>\"'", expected: "&lt;&amp;&gt;&quot;&apos;"),
        Row(writer: "xml content", escaping: content, input: "\u{7F}\u{85}\u{2028}\u{FFFE}", expected: "&#x7F;&#x85;&#x2028;\u{FFFD}"),

        Row(writer: "xml attribute", escaping: attribute, input: "a\u{1B}b", expected: "a\u{FFFD}b"),
        Row(writer: "xml attribute", escaping: attribute, input: "100% é", expected: "100% é"),
        Row(writer: "xml attribute", escaping: attribute, input: "a\r\n\tb", expected: "a&#13;&#10;&#9;b"),
        Row(writer: "xml attribute", escaping: attribute, input: "<&>\"'", expected: "&lt;&amp;&gt;&quot;&apos;"),

        Row(writer: "message quote", escaping: quote, input: "a\u{1B}b", expected: "a\\u{1b}b"),
        Row(writer: "message quote", escaping: quote, input: "100% é", expected: "100% é"),
        Row(writer: "message quote", escaping: quote, input: "a\r\n\tb", expected: "a\\r\\n\\tb"),
        Row(writer: "message quote", escaping: quote, input: "<&>\"'\\", expected: "<&>\\\"'\\\\"),
        Row(writer: "message quote", escaping: quote, input: "\u{7F}\u{85}\u{2028}", expected: "\\u{7f}\u{85}\u{2028}"),
    ]

    @Test(arguments: rows)
    func eachWriterReplacesOnlyWhatItsRuleNames(_ row: Row) {
        #expect(row.escaping.escaped(row.input) == row.expected)
    }

    @Test func writersAroundTheWalkKeepTheirOwnSteps() {
        #expect(DisplayText.escaped("a\r\nb", keeping: ["\n"]) == "a\\r\nb")
        #expect(DisplayText.escaped("plain é") == "plain é")
        #expect(ValueDescription.quote("a\"b") == "\"a\\\"b\"")
        let long = String(repeating: "é", count: ValueDescription.quoteLimit + 1)
        #expect(ValueDescription.quote(long) == "\"" + String(repeating: "é", count: ValueDescription.quoteLimit) + "…\"")
    }
}
