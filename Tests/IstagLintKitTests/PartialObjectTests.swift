import IstagLintKit
import Testing

/// A finding that rests on a field missing from a partial object (a kustomize patch).
struct MissingFieldCase: Sendable, CustomTestStringConvertible {
    let code: String
    let text: String
    var mode: ApplyMode = .default

    var testDescription: String { code }
}

/// A kustomize patch is a partial object: no finding rests on a field it leaves out, and
/// every other check runs.
struct PartialObjectTests {
    static func lint(_ text: String, partial: Bool, mode: ApplyMode = .default) -> [Diagnostic] {
        let linter = Linter()
        var selection = linter.selection(for: nil, applyMode: mode)
        selection.objectsArePartial = partial
        return Array(linter.lint(Array(text.utf8), file: "patch.yaml", selection: selection).diagnostics)
    }

    static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.range.start.line):\(diagnostic.range.start.column) \(diagnostic.message)"
    }

    static let header = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\n"
    static let image =
        "image:\n  dockerImageReference: quay.io/a/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\n  metadata:\n    name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\n"
    static let signature =
        "  signatures:\n  - metadata:\n      name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c\n    type: AtomicImageV1\n    content: owGbwMvMwMEYWPZ4\n"

    /// One case per rule that reports missing fields: the finding a whole object gets.
    static let cases: [MissingFieldCase] = [
        MissingFieldCase(
            code: "IST004", text: "kind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.3}\n"),
        MissingFieldCase(
            code: "IST104", text: "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.3}\n"),
        MissingFieldCase(code: "IST109", text: "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  generateName: ruby-\n"),
        MissingFieldCase(code: "IST201", text: header + "tag:\n  from:\n    kind: DockerImage\n"),
        MissingFieldCase(code: "IST202", text: header + "tag:\n  from:\n    name: quay.io/a/ruby:3.3.1\n"),
        MissingFieldCase(code: "IST208", text: header + "tag:\n  annotations:\n    a: b\n", mode: .create),
        MissingFieldCase(code: "IST209", text: header + "tag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.3, namespace: team}\n"),
        MissingFieldCase(
            code: "IST211",
            text:
                "apiVersion: image.openshift.io/v1\nkind: ImageStream\nmetadata:\n  name: ruby\nspec:\n  tags:\n  - from: {kind: DockerImage, name: quay.io/a/ruby:3.3}\n"
        ),
        MissingFieldCase(code: "IST305", text: header + "  resourceVersion: \"1\"\nconditions:\n- type: ImportSuccess\n"),
        MissingFieldCase(
            code: "IST309", text: header + "  annotations:\n    a: b\ntag:\n  from: {kind: DockerImage, name: quay.io/a/ruby:3.3}\n", mode: .create),
        MissingFieldCase(code: "IST311", text: header + "tag:\n  name: \"3.3\"\n"),
        MissingFieldCase(code: "IST312", text: header),
        MissingFieldCase(
            code: "IST401",
            text: header + "  resourceVersion: \"1\"\nimage:\n  metadata:\n    name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\n"),
        MissingFieldCase(
            code: "IST402",
            text: header + "  resourceVersion: \"1\"\n" + image
                + "  dockerImageLayers:\n  - name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d\n    mediaType: application/vnd.oci.image.layer.v1.tar+gzip\n"
        ),
        MissingFieldCase(
            code: "IST404",
            text: header + "  resourceVersion: \"1\"\n" + image
                + "  dockerImageManifests:\n  - digest: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d\n    mediaType: application/vnd.oci.image.manifest.v1+json\n    manifestSize: 1024\n    architecture: amd64\n"
        ),
        MissingFieldCase(
            code: "IST408",
            text: header + "  resourceVersion: \"1\"\n" + image
                + "  signatures:\n  - metadata:\n      name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c\n    type: AtomicImageV1\n"
        ),
        MissingFieldCase(
            code: "IST409", text: header + "  resourceVersion: \"1\"\n" + image + "  signatures:\n  - type: AtomicImageV1\n    content: owGbwMvMwMEYWPZ4\n"),
        MissingFieldCase(
            code: "IST410", text: header + "  resourceVersion: \"1\"\n" + image + signature + "    conditions:\n    - type: Trusted\n      status: \"True\"\n"),
        MissingFieldCase(code: "IST411", text: header + "  resourceVersion: \"1\"\n" + image + signature + "    imageIdentity: quay.io/a/ruby:3.3\n"),
        MissingFieldCase(code: "IST412", text: header + "  resourceVersion: \"1\"\n" + image + signature + "    issuedTo: {commonName: Example}\n"),
        MissingFieldCase(
            code: "IST510",
            text:
                "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\n  annotations:\n    importer.image.openshift.io/prefer-arch: arm64\n"
        ),
    ]

    @Test(arguments: cases)
    func aMissingFieldIsReportedOnAWholeObjectOnly(_ missing: MissingFieldCase) {
        let whole = Self.lint(missing.text, partial: false, mode: missing.mode).filter { $0.ruleId == missing.code }
        let partial = Self.lint(missing.text, partial: true, mode: missing.mode).filter { $0.ruleId == missing.code }
        #expect(!whole.isEmpty, "the case does not trigger \(missing.code)")
        #expect(partial.map(\.message) == [])
    }

    @Test func everyRuleThatReportsMissingFieldsHasACase() {
        let flagged = Set(RuleCatalog.all.filter { $0.description.reportsMissingFields }.map(\.description.code))
        #expect(flagged == Set(Self.cases.map(\.code)))
    }

    /// The rules that do not say they report missing fields give the same findings on a
    /// patch: every example of theirs, under its mode, linted both ways.
    /// Rules that do not run on a patch at all: a patch is merged into its base, so it
    /// defines no tag of its own (the duplicate-tag rule compares definitions) and no stream
    /// whose tags are all known (the missing-tag rule).
    static let notRunOnPatches: Set<String> = ["IST212", "IST215"]

    @Test func otherRulesGiveTheSameFindingsOnAPatch() {
        for rule in RuleCatalog.all where !rule.description.reportsMissingFields && !Self.notRunOnPatches.contains(rule.description.code) {
            let description = rule.description
            let examples =
                (description.triggeringExamples + description.nonTriggeringExamples).map { ($0, ApplyMode.default) }
                + description.modeExamples.map { ($0.text, $0.mode) }
            for (example, mode) in examples {
                let (text, _) = RuleExampleTests.stripMarkers(example)
                let whole = Self.lint(text, partial: false, mode: mode).filter { $0.ruleId == description.code }
                let partial = Self.lint(text, partial: true, mode: mode).filter { $0.ruleId == description.code }
                #expect(whole.map(Self.describe) == partial.map(Self.describe), "\(description.code) differs on a patch")
            }
        }
    }

    @Test(arguments: [("IST212", 2), ("IST215", 2)])
    func aPatchDefinesNoTag(_ code: String, findingsOnTheWholeObjects: Int) throws {
        let rule = try #require(RuleCatalog.all.first { $0.description.code == code })
        let text = RuleExampleTests.stripMarkers(try #require(rule.description.triggeringExamples.first)).0
        #expect(Self.lint(text, partial: false).filter { $0.ruleId == code }.count == findingsOnTheWholeObjects)
        #expect(Self.lint(text, partial: true).filter { $0.ruleId == code }.isEmpty)
    }

    @Test func aFieldWrittenAsNullOrEmptyIsStillReportedOnAPatch() {
        let nullKind = Self.lint(Self.header + "tag:\n  from:\n    kind: null\n    name: quay.io/a/ruby:3.3\n", partial: true)
        #expect(nullKind.map(\.ruleId) == ["IST202"])
        let emptyName = Self.lint("apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: \"\"\n", partial: true)
        #expect(emptyName.map(\.ruleId) == ["IST104"])
        let nullTag = Self.lint(Self.header + "tag: null\n", partial: true)
        #expect(nullTag.map(\.ruleId) == ["IST312"])
    }

    @Test func everyOtherCheckRunsOnAPatch() {
        let patch = Self.header + "tag:\n  from:\n    kind: DockerImag\n  referencePolicy:\n    type: local\n  importPolicy:\n    insecure: true\n"
        #expect(Self.lint(patch, partial: true).map(\.ruleId) == ["IST202", "IST206", "IST501"])
    }
}
