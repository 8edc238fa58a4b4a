import IstagLintKit
import Testing
import YAMLTree

/// How the manifests are applied (`apply:`): the setting itself, and the verdicts that depend
/// on it, checked against what kubectl and kustomize print (read off kubectl 1.37.1 and
/// kustomize 5.8.1, through `kubectl label --local -f FILE x=y -o json` and `kubectl kustomize`).
struct ApplyModeTests {
    private func diagnostics(_ text: String, _ mode: ApplyMode, code: String) -> [Diagnostic] {
        Linter().lint(Array(text.utf8), file: "x.yaml", applyMode: mode).diagnostics.filter { $0.ruleId == code }
    }

    @Test func configurationReadsApplyAndOverrides() throws {
        let text = "apply: server\noverrides:\n  - files: [\"k/**\"]\n    apply: kustomize\n"
        let configuration = try ConfigurationLoader.parse(Array(text.utf8), path: ".istaglint.yaml", workingDirectory: "/repo").get()
        #expect(configuration.applyMode(for: "a.yaml", workingDirectory: "/repo") == .server)
        #expect(configuration.applyMode(for: "k/b.yaml", workingDirectory: "/repo") == .kustomize)
        let rules = RuleCatalog.all.map(\.description)
        #expect(configuration.severities(for: "k/b.yaml", workingDirectory: "/repo", rules: rules)["IST002"] == .error)
        #expect(configuration.severities(for: "a.yaml", workingDirectory: "/repo", rules: rules)["IST002"] == .warning)
        var forced = configuration
        forced.forcedApply = .create
        #expect(forced.applyMode(for: "k/b.yaml", workingDirectory: "/repo") == .create)
    }

    @Test func aBadApplyValueIsAnErrorWithTheNearestMode() {
        let text = "apply: kustomise\n"
        guard case .failure(let error) = ConfigurationLoader.parse(Array(text.utf8), path: ".istaglint.yaml", workingDirectory: "/repo") else {
            Issue.record("a bad apply: was accepted")
            return
        }
        #expect("\(error)" == #".istaglint.yaml:1:8: error: apply must be client, server, create or kustomize, found "kustomise"; did you mean "kustomize""#)
    }

    @Test func noApplyMeansClientSideApply() throws {
        let configuration = try ConfigurationLoader.parse(Array("fail-on: warning\n".utf8), path: ".istaglint.yaml", workingDirectory: "/repo").get()
        #expect(configuration.applyMode(for: "a.yaml", workingDirectory: "/repo") == .client)
    }

    /// kustomize: `yaml: unmarshal errors:\n  line 7: mapping key "name" already defined at line 6`.
    @Test func duplicateKeysAreKustomizesErrorAndOtherwiseAWarning() throws {
        let text = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\ntag:\n  name: a\n  name: b\n"
        let kustomize = try #require(diagnostics(text, .kustomize, code: "IST002").first)
        #expect(kustomize.severity == .error)
        #expect(kustomize.message.hasPrefix(#"mapping key "name" already defined at line 6: "#))
        #expect(kustomize.range.start.line == 7 && kustomize.range.start.column == 3 && kustomize.range.end.column == 7)
        for mode in [ApplyMode.client, .server, .create] {
            let found = try #require(diagnostics(text, mode, code: "IST002").first)
            #expect(found.severity == .warning)
            #expect(found.message.contains("silently lost"))
        }
    }

    /// kubectl: `error converting YAML to JSON: json: unsupported value: +Inf` (and -Inf, NaN).
    @Test(arguments: [(".inf", "+Inf"), ("+.Inf", "+Inf"), ("-.INF", "-Inf"), (".NaN", "NaN")])
    func nonFiniteNumbersAreRefusedWithKubectlsMessage(_ value: String, _ go: String) throws {
        let text = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\nextra: [\(value)]\n"
        let found = try #require(diagnostics(text, .client, code: "IST006").first)
        #expect(found.message.contains("(json: unsupported value: \(go))"))
        #expect(found.path == "extra[0]")
        #expect(found.range.start.line == 5 && found.range.start.column == 9 && found.range.end.column == 9 + value.count)
        #expect(found.fix?.replacement == "\"\(value)\"")
    }

    /// The last-applied copy measured byte for byte: with an annotation of 130 858 bytes the
    /// annotations and kubectl's copy (its JSON, 130 858 + 336 bytes, and a newline) take
    /// exactly 262 144 bytes, which the server accepts; one byte more is refused. The JSON's
    /// length was read off `kubectl label --local -o json`, compacted as Go writes it.
    @Test(arguments: [(130_858, false), (130_859, true)])
    func theLastAppliedCopyCountsByteForByte(_ length: Int, _ refused: Bool) {
        let text = """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                note: "a <b> & \\"c\\" \\u2028 tab\\there"
                empty:
                flag: "yes"
                big: \(String(repeating: "x", count: length))
            base: &b {x: 1, y: [true, null, 1.5, -3, 1e3]}
            tag:
              <<: *b
              y: dup
              y: last
              from: {kind: DockerImage, name: "quay.io/x:1"}
              name: é

            """
        #expect(diagnostics(text, .client, code: "IST111").count == (refused ? 1 : 0))
        #expect(diagnostics(text, .kustomize, code: "IST111").count == (refused ? 1 : 0))
        #expect(diagnostics(text, .create, code: "IST111").isEmpty)
        #expect(diagnostics(text, .server, code: "IST111").isEmpty)
    }

    @Test func annotationsOverTheLimitQuoteTheCurrentMessage() throws {
        let text =
            "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\n  annotations:\n    big: \(String(repeating: "x", count: 262_142))\n"
        let found = try #require(diagnostics(text, .create, code: "IST111").first)
        #expect(found.message.hasSuffix("(metadata.annotations: Too long: may not be more than 262144 bytes)"))
    }

    @Test func wrongTypesQuoteGosDecodingError() throws {
        let text = """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              generation: 1.5
            tag:
              name: 3.3
              importPolicy: {importMode: 1}
              from: quay.io/x
            conditions: [{status: true}]
            image:
              dockerImageMetadata: {Size: "12"}
            """
        let found = diagnostics(text, .client, code: "IST102")
        let messages = found.map(\.message)
        // Each at the value's characters, and an error: the server refuses the request.
        let ranges = found.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column)" }
        #expect(ranges == ["5:15-18", "7:9-12", "8:30-31", "9:9-18", "10:23-27", "12:31-35"])
        #expect(found.allSatisfy { $0.severity == .error })
        let expected = [
            "json: cannot unmarshal number 1.5 into Go struct field ObjectMeta.metadata.generation of type int64",
            "json: cannot unmarshal number into Go struct field TagReference.tag.name of type string",
            "json: cannot unmarshal number into Go struct field TagImportPolicy.tag.importPolicy.importMode of type v1.ImportModeType",
            "json: cannot unmarshal string into Go struct field TagReference.tag.from of type v1.ObjectReference",
            "json: cannot unmarshal bool into Go struct field TagEventCondition.conditions.status of type v1.ConditionStatus",
            "json: cannot unmarshal string into Go struct field DockerImage.Size of type int64",
        ]
        #expect(messages.count == expected.count)
        for (message, quoted) in zip(messages, expected) {
            #expect(message.contains("(\(quoted))"), "\(message)")
        }
    }

    @Test func aNearMissKindUnderTheImageGroupIsAnErrorWithAFix() throws {
        let text = "apiVersion: image.openshift.io/v1\nkind: imagestreamtag\nmetadata:\n  name: ruby:3.3\n"
        let report = Linter().lint(Array(text.utf8), file: "x.yaml")
        #expect(report.diagnostics.map(\.ruleId) == ["IST008"])
        let found = try #require(report.diagnostics.first)
        #expect(found.message.hasSuffix(#"did you mean "ImageStreamTag""#))
        #expect(found.fix?.replacement == "ImageStreamTag")
        #expect(report.skippedDocumentCount == 0)
        let other = Linter().lint(Array("apiVersion: apps/v1\nkind: deployment\n".utf8), file: "x.yaml")
        #expect(other.diagnostics.isEmpty && other.skippedDocumentCount == 1)
    }
}
