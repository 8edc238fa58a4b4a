import Foundation
import Testing

/// Input that has hung or crashed other parsers ends with a diagnostic or a clean pass.
///
/// The time limit is a hang guard, far above what these take (each well under a second on
/// the CI machine); speed itself is measured by the benchmark under `bench/`.
struct HostileInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        /// The rule every finding must belong to, or nil for a clean pass.
        let expectedRule: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        var bomb =
            "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n  resourceVersion: \"1\"\nimage:\n  dockerImageMetadata:\n    a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            bomb += "    a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        // Aliased signatures whose conditions are aliased too: the schema pass must check each
        // anchored node once, not once per path that reaches it.
        let conditions = Array(repeating: "*c", count: 2_000).joined(separator: ", ")
        let signatures = Array(repeating: "*s", count: 2_000).joined(separator: ", ")
        let typedBomb =
            "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n  resourceVersion: \"1\"\nimage:\n  dockerImageReference: example.com/a/b:c\n  dockerImageMetadata:\n    c: &c {type: Trusted, status: \"True\"}\n    f: &f {type: ForImage, status: \"True\"}\n    s: &s {metadata: {name: \"a@b\"}, type: AtomicImageV1, content: aGk=, conditions: [*f, \(conditions)]}\n  signatures: [\(signatures)]\n"
        let manifest = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: app:v1\n  resourceVersion: \"1\"\n"
        // Seeded: with the system generator, about one run in 150 drew `{{ … }}` or `{% … %}`
        // on one line, and the file then read as a template (IST009, a warning), not IST001.
        var generator = SplitMix64(seed: 14)
        let binary = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [
            Case(name: "100 000 nested [", bytes: Array(("a: " + String(repeating: "[", count: 100_000)).utf8), expectedRule: "IST005"),
            Case(name: "100 000 nested {", bytes: Array(("a: " + String(repeating: "{a: ", count: 100_000)).utf8), expectedRule: "IST005"),
            // kubectl's YAML decoder refuses both (document contains excessive aliasing); the
            // walk that says so stops there, so they cost linear time.
            Case(name: "twelve-level alias bomb", bytes: Array(bomb.utf8), expectedRule: "IST006"),
            Case(name: "alias bomb through typed lists", bytes: Array(typedBomb.utf8), expectedRule: "IST006"),
            Case(name: "empty file", bytes: [], expectedRule: nil),
            // Not a manifest (it names no kind istaglint lints): counted, never reported.
            Case(name: "binary file", bytes: [0x7F, 0x45, 0x4C, 0x46] + binary, expectedRule: nil),
            Case(
                name: "binary file that names ImageStreamTag", bytes: Array("kind: ImageStreamTag\n".utf8) + [0x7F, 0x45, 0x4C, 0x46] + binary,
                expectedRule: "IST001"),
            Case(name: "invalid UTF-8", bytes: Array("kind: ImageStreamTag\nx: ".utf8) + [0xC3, 0x28, 0xFF, 0x0A], expectedRule: "IST001"),
            Case(name: "NUL byte", bytes: Array("kind: ImageStreamTag\nx: a".utf8) + [0x00] + Array("b\n".utf8), expectedRule: "IST001"),
            Case(name: "UTF-16 with a byte order mark", bytes: [0xFF, 0xFE] + Array("kind".utf8).flatMap { [$0, 0] }, expectedRule: nil),
            Case(
                name: "UTF-16 with an odd byte count", bytes: [0xFF, 0xFE] + Array("kind: ImageStreamTag\n".utf8).flatMap { [$0, 0] } + [0x3A],
                expectedRule: "IST001"),
            Case(name: "UTF-16 with an unpaired surrogate", bytes: [0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x00], expectedRule: nil),
            Case(name: "comments only", bytes: Array("# one\n# two\n".utf8), expectedRule: nil),
            Case(name: "--- only", bytes: Array("---\n".utf8), expectedRule: nil),
            Case(name: "a 5 MB scalar", bytes: Array(("a: " + String(repeating: "x", count: 5 << 20) + "\n").utf8), expectedRule: nil),
            Case(name: "a 200 000-item sequence", bytes: Array(String(repeating: "- a\n", count: 200_000).utf8), expectedRule: nil),
            Case(
                name: "3 000-deep block nesting", bytes: Array((0..<3_000).map { String(repeating: " ", count: $0) + "k:\n" }.joined().utf8),
                expectedRule: "IST005"),
            // kubectl: yaml: anchor 'm' value contains itself.
            Case(
                name: "a merge key that refers to its own mapping", bytes: Array((manifest + "  annotations: &m\n    a: b\n    <<: *m\n").utf8),
                expectedRule: "IST006"),
            Case(name: "tabs where YAML forbids them", bytes: Array("a:\n\tb: c\n".utf8), expectedRule: nil),
            Case(name: "tabs where YAML forbids them, in a manifest", bytes: Array("kind: ImageStreamTag\na:\n\tb: c\n".utf8), expectedRule: "IST001"),
            Case(name: "non-string keys", bytes: Array((manifest + "  annotations:\n    ? [a, b]\n    : list\n    null: z\n").utf8), expectedRule: "IST006"),
            Case(name: "integer keys", bytes: Array((manifest + "  annotations:\n    1: one\n").utf8), expectedRule: nil),
            Case(name: "anchors on keys", bytes: Array((manifest + "  &k labels: {}\n").utf8), expectedRule: nil),
            // The template scan looks for a closing once per line, not once per opening.
            Case(
                name: "50 000 {{ and {% on one line",
                bytes: Array((manifest + "  annotations:\n    a: \"" + String(repeating: "{{{%", count: 25_000) + "\"\n").utf8), expectedRule: nil),
            Case(
                name: "!!binary and unknown tags", bytes: Array((manifest + "  annotations:\n    a: !!binary aGk=\n    b: !custom x\n").utf8), expectedRule: nil
            ),
            Case(
                name: "20 000 aliases", bytes: Array(("a: &a x\nb: [" + Array(repeating: "*a", count: 20_000).joined(separator: ", ") + "]\n").utf8),
                expectedRule: "IST005"),
        ]
    }()

    @Test(arguments: cases)
    func endsWithADiagnosticOrACleanPass(_ hostile: Case) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.yaml")
        try Data(hostile.bytes).write(to: file)
        // The manifests keep a resourceVersion so that they read as exports; the warning that
        // client-side apply would send it (IST311) is not what these cases are about.
        let outcome = try CLI.run(["--format", "json", "--ignore", "IST311", file.path], timeout: 20)
        #expect(!outcome.terminatedBySignal)
        #expect(outcome.stderr == "")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let rules = (report["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["ruleId"] as? String }
        if let expected = hostile.expectedRule {
            #expect(outcome.status == 1)
            #expect(!rules.isEmpty && rules.allSatisfy { $0 == expected }, "\(rules)")
        } else {
            #expect(outcome.status == 0)
            #expect(rules == [])
        }
        #expect(try Data(contentsOf: file) == Data(hostile.bytes))
    }
}

/// Many findings on one very long line: the text report shows a window around each, so it
/// costs the findings, not the findings times the line.
struct LongLineTests {
    @Test func thousandsOfFindingsOnAOneMegabyteLine() throws {
        let item = #"{"apiVersion":"v1","kind":"ImageStreamTag","metadata":{"name":"app:1"},"tag":{"from":{"kind":"DockerImage","name":"quay.io/a/app:1"}}}"#
        let text = #"{"apiVersion":"v1","kind":"List","items":["# + Array(repeating: item, count: 14_000).joined(separator: ",") + "]}"
        #expect(text.utf8.count > 1_000_000)
        let outcome = try CLI.run(["--max-findings-per-file", "20000", "--stdin-filename", "long.json", "-"], input: Data(text.utf8), timeout: 60)
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("long.json:1:") }.count == 14_000)
        #expect(lines.allSatisfy { $0.unicodeScalars.count < 400 })
    }
}

/// SplitMix64 (Steele, Lea and Flood), a seeded generator: the same bytes on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
