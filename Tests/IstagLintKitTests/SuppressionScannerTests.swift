import IstagLintKit
import Testing
import YAMLTree

/// The directives `SuppressionScanner` finds, row by row. A directive lives in a YAML comment,
/// which is where libyaml's scanner skips one (`yaml_parser_scan_to_next_token`; YAML 1.2
/// §6.6): a `#` at the start of a line or after a space or tab, outside quoted and block
/// scalars. `#` anywhere else is part of the text, so a directive there is no directive.
struct SuppressionScannerTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let yaml: String
        /// Each directive as `scope selectors -> target line`, in order.
        let directives: [String]
        var testDescription: String { yaml.replacingOccurrences(of: "\n", with: "\\n") }
    }

    static let rows: [Row] = [
        Row(yaml: "a: b # istaglint: disable-line IST501\n", directives: ["disable-line IST501 -> 1"]),
        Row(yaml: "a: b\t# istaglint: disable-line IST501\n", directives: ["disable-line IST501 -> 1"]),
        Row(yaml: "a: b #istaglint: disable-line IST501\n", directives: ["disable-line IST501 -> 1"]),
        Row(yaml: "a: b #\tistaglint:disable-line IST501\n", directives: ["disable-line IST501 -> 1"]),
        Row(yaml: "a: \"x\" # istaglint: disable-line IST501\n", directives: ["disable-line IST501 -> 1"]),
        Row(yaml: "a: [x, y] # istaglint: disable-line IST501\n", directives: ["disable-line IST501 -> 1"]),
        Row(yaml: "a: b\r\n# istaglint: disable-line IST501\r\n", directives: ["disable-line IST501 -> 2"]),
        // Not a comment: no space before `#`, or inside a quoted or block scalar.
        Row(yaml: "a: b# istaglint: disable-line IST501\n", directives: []),
        Row(yaml: "a: 'x # istaglint: disable-line IST501'\n", directives: []),
        Row(yaml: "a: \"x\n  # istaglint: disable-line IST501\"\n", directives: []),
        Row(yaml: "a: |\n  # istaglint: disable-line IST501\n", directives: []),
        Row(yaml: "a: >-\n  x\n  # istaglint: disable-line IST501\nb: c\n", directives: []),
        // The marker follows the `#` (and blanks), exactly as written.
        Row(yaml: "# ISTAGLINT: disable-line IST501\n", directives: []),
        Row(yaml: "# see istaglint: disable-line IST501\n", directives: []),
        // disable-next-line reaches the next line that holds more than a comment.
        Row(yaml: "# istaglint: disable-next-line IST501\na: b\n", directives: ["disable-next-line IST501 -> 2"]),
        Row(yaml: "# istaglint: disable-next-line IST501\n\n# note\n  \na: b\n", directives: ["disable-next-line IST501 -> 5"]),
        Row(yaml: "a: b\n# istaglint: disable-next-line IST501\n", directives: ["disable-next-line IST501 -> 3"]),
        // Selectors: codes, names and families, separated by commas or blanks; `--` starts the reason.
        Row(yaml: "# istaglint: disable-file IST3\n", directives: ["disable-file IST3 -> 1"]),
        Row(yaml: "# istaglint: disable-line insecure-import, IST502 -- lab registry\n", directives: ["disable-line insecure-import,IST502 -> 1"]),
        Row(yaml: "# istaglint: disable-line -- every rule\n", directives: ["disable-line  -> 1"]),
        Row(yaml: "# istaglint: enable-line IST501\n", directives: ["enable-line? IST501 -> 1"]),
        Row(
            yaml: "# istaglint: disable-line IST501\n# istaglint: disable-line IST502\n", directives: ["disable-line IST501 -> 1", "disable-line IST502 -> 2"]),
    ]

    @Test(arguments: rows)
    func directivesAreTheCommentsLibyamlSkips(_ row: Row) {
        let parsed = YAMLParser.parse(Array(row.yaml.utf8))
        let found = SuppressionScanner.directives(in: parsed).map { directive in
            "\(directive.scope?.rawValue ?? directive.action + "?") \(directive.selectors.map(\.text).joined(separator: ",")) -> \(directive.targetLine)"
        }
        #expect(found == row.directives)
    }

    @Test func selectorsStandForTheirCodes() throws {
        let parsed = YAMLParser.parse(Array("# istaglint: disable-line insecure-import, IST5, nope\n".utf8))
        let selectors = try #require(SuppressionScanner.directives(in: parsed).first).selectors
        #expect(selectors.map(\.text) == ["insecure-import", "IST5", "nope"])
        #expect(selectors[0].codes == ["IST501"])
        #expect(selectors[1].codes.count > 5 && selectors[1].codes.allSatisfy { $0.hasPrefix("IST5") })
        #expect(selectors[2].codes == [])
        #expect(selectors.map(\.range.start.column) == [27, 44, 50])
        // Columns count characters, not bytes.
        let accented = YAMLParser.parse(Array("a: café 日本 # istaglint: disable-line IST501\n".utf8))
        let selector = try #require(SuppressionScanner.directives(in: accented).first?.selectors.first)
        #expect(selector.range.start.column == 38)
        #expect(selector.range.start.offset == 42)
    }
}
