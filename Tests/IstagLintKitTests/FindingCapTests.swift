import IstagLintKit
import Testing

/// Findings reached through aliases are reported once, at the anchor, and one file's findings
/// are capped (issue 13).
struct FindingCapTests {
    static let head = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: a:b\n"

    @Test func aFindingReachedThroughAliasesIsReportedOnceWithItsCount() {
        // A list of 10 001 objects, 10 000 of them aliases of the first, whose layer is bad.
        let aliases = Array(repeating: "*o", count: 10_000).joined(separator: ", ")
        let object =
            "{apiVersion: image.openshift.io/v1, kind: ImageStreamTag, metadata: {name: \"a:b\"}, tag: {name: b}, "
            + "image: {dockerImageLayers: [{name: bad, size: -1, mediaType: x}]}}"
        let yaml = "apiVersion: v1\nkind: List\nitems: [&o \(object), \(aliases)]\n"
        let report = Linter().lint(Array(yaml.utf8), file: "a.yaml")
        let layers = report.diagnostics.filter { $0.ruleId == "IST402" }
        #expect(!layers.isEmpty)
        #expect(layers.count <= 3, "\(layers.map(\.message))")
        #expect(Set(layers.map(\.range.start.offset)).count == layers.count)
        for diagnostic in layers {
            #expect(diagnostic.message.contains("10000 more places through aliases"), "\(diagnostic.message)")
            #expect(diagnostic.path.hasPrefix("items[0].image.dockerImageLayers[0]."), "\(diagnostic.path)")
        }
        #expect(report.diagnostics.count < 20)
        // The 10 001 objects define one tag: each finding counts the others and names a few,
        // so the work stays linear (naming them all took 16 GB and minutes).
        let duplicates = report.diagnostics.filter { $0.ruleId == "IST212" }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.message.contains("at line 3 and 9999 more") == true, "\(duplicates.map(\.message))")
        #expect(duplicates.first?.related?.count == 10)
    }

    @Test func distinctFindingsAtOneRangeAreKept() {
        // Two findings of one rule at one range with different messages stay two.
        let yaml = Self.head + "tag: {name: b}\nimage:\n  dockerImageLayers: [{name: bad, size: -1, mediaType: x}, {name: bad, size: -1, mediaType: x}]\n"
        let report = Linter().lint(Array(yaml.utf8), file: "a.yaml")
        let layers = report.diagnostics.filter { $0.ruleId == "IST402" }
        #expect(layers.count == 6)
        #expect(!layers.contains { $0.message.contains("through aliases") })
    }

    static let annotationRules: [String: Severity] = ["IST111": .error, "IST005": .error, "IST002": .error]

    static func manyAnnotations(_ count: Int) -> String {
        Self.head + "  annotations:\n" + (0..<count).map { "    -bad\($0): v\n" }.joined()
    }

    @Test func oneFilesFindingsAreCappedWithOneFindingForTheRest() {
        let report = Linter().lint(Array(Self.manyAnnotations(5_000).utf8), file: "a.yaml", severities: Self.annotationRules)
        #expect(report.diagnostics.count == 1_001)
        let last = report.diagnostics.last
        #expect(last?.ruleId == "IST005")
        #expect(last?.severity == .error)
        #expect(last?.message.contains("4000 more findings") == true, "\(last?.message ?? "")")
        #expect(report.diagnostics.dropLast().allSatisfy { $0.ruleId == "IST111" })
    }

    @Test func theCapIsAnOption() {
        var linter = Linter()
        linter.maxFindingsPerFile = 10
        let report = linter.lint(Array(Self.manyAnnotations(50).utf8), file: "a.yaml", severities: Self.annotationRules)
        #expect(report.diagnostics.count == 11)
        #expect(report.diagnostics.last?.message.contains("40 more findings") == true)
    }

    @Test func suppressedFindingsDoNotCountTowardsTheCap() {
        var linter = Linter()
        linter.maxFindingsPerFile = 10
        let yaml = "# istaglint: disable-file IST111\n" + Self.manyAnnotations(50)
        let report = linter.lint(Array(yaml.utf8), file: "a.yaml", severities: Self.annotationRules)
        #expect(!report.diagnostics.contains { $0.ruleId == "IST005" || $0.ruleId == "IST111" })
        let configured = Linter().lint(Array(Self.manyAnnotations(5_000).utf8), file: "a.yaml", severities: ["IST005": .error])
        #expect(configured.diagnostics.isEmpty)
    }
}
