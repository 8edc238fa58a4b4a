import Testing

@testable import IstagLintKit

/// A rule keeps its code wherever it runs; its default severity follows what the server does
/// with the kind (`RuleDescription.severityByKind`), and a severity from configuration wins.
struct KindSeverityTests {
    static let image = """
        apiVersion: image.openshift.io/v1
        kind: Image
        metadata:
          name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
        ---
        apiVersion: image.openshift.io/v1
        kind: ImageStreamTag
        metadata:
          name: ruby:3.3
        image:
          metadata:
            name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb

        """

    static func severities(_ selection: RuleSelection) -> [String] {
        Linter().lint(Array(image.utf8), file: "i.yaml", selection: selection).diagnostics
            .filter { $0.ruleId == "IST401" }
            .map { "\($0.object?.kind ?? "-") \($0.severity)" }
    }

    @Test func theImageIsRefusedWhereTheEmbeddedOneIsIgnored() {
        #expect(Self.severities(Linter().selection(for: nil)) == ["Image error", "ImageStreamTag warning"])
    }

    @Test func aConfiguredSeverityAppliesToEveryKind() {
        let linter = Linter()
        var severities = Dictionary(uniqueKeysWithValues: RuleCatalog.all.map { ($0.description.code, $0.description.severity) })
        severities["IST401"] = .info
        #expect(Self.severities(linter.selection(for: severities, configured: ["IST401"])) == ["Image info", "ImageStreamTag info"])
        // The same severity, not configured: the kind's default still applies.
        severities["IST401"] = .warning
        #expect(Self.severities(linter.selection(for: severities)) == ["Image error", "ImageStreamTag warning"])
    }

    @Test func thePageSaysSo() {
        let page = RulePage.markdown(for: ImageReferenceRule.description)
        #expect(page.contains("- Severity: `warning`; `error` on an Image\n"))
    }
}
