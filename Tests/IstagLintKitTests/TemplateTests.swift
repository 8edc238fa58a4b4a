import Testing
import YAMLTree

@testable import IstagLintKit

/// An OpenShift Template's image objects are linted as processing leaves them (library-go
/// `templateprocessing`): the substitution table follows `EvaluateParameterSubstitution`.
struct TemplateTests {
    /// A template with these parameters, whose one ImageStream's spec tag `from.name` is `value`.
    static func template(fromName value: String, parameters: String, apiVersion: String = "template.openshift.io/v1") -> String {
        """
        apiVersion: \(apiVersion)
        kind: Template
        metadata:
          name: t
        objects:
        - apiVersion: v1
          kind: ImageStream
          metadata:
            name: ruby
          spec:
            tags:
            - name: "3.3"
              from:
                kind: DockerImage
                name: \(value)
        parameters:
        \(parameters)

        """
    }

    static func findings(_ yaml: String) -> [String] {
        Linter().lint(Array(yaml.utf8), file: "t.yaml").diagnostics.map { d in
            "\(d.ruleId) \(d.path) \(d.range.start.line):\(d.range.start.column)-\(d.range.end.line):\(d.range.end.column)"
        }
    }

    /// (text, parameters as name=value or name alone for one without a value, what processing makes of it, unknown names).
    static let substitutions: [(String, [String], TemplateParameters.Substitution, [String])] = [
        ("plain text", ["A=x"], .unchanged, []),
        ("${A}", ["A=x"], .text("x", .doubleQuoted), []),
        ("a-${A}-${A}-${B}", ["A=x", "B=y"], .text("a-x-x-y", .doubleQuoted), []),
        ("${{NUM}}", ["NUM=3"], .text("3", .plain), []),
        ("${{NUM}}", ["NUM=true"], .text("true", .plain), []),
        ("${{NUM}}", ["NUM=yes"], .text("yes", .doubleQuoted), []),
        ("${{NUM}}", ["NUM={\"a\": 1}"], .opaque, []),
        // `${{N}}` only as the whole string; inside text it is left alone (no `${N}` match either).
        ("x-${{NUM}}", ["NUM=3"], .unchanged, []),
        ("${A}", ["A"], .opaque, []),
        ("${MISSING}", ["A=x"], .unchanged, ["MISSING"]),
        ("${{MISSING}}", ["A=x"], .unchanged, ["MISSING"]),
        ("${A}:${MISSING}", ["A=x"], .text("x:${MISSING}", .doubleQuoted), ["MISSING"]),
        // Names of other characters never match.
        ("${MY-P}", ["A=x"], .unchanged, []),
        ("${}", ["A=x"], .unchanged, []),
        ("$", ["A=x"], .unchanged, []),
        // The last parameter of a name wins.
        ("${A}", ["A=first", "A=last"], .text("last", .doubleQuoted), []),
    ]

    @Test(arguments: substitutions.indices)
    func substitutionFollowsProcessing(_ index: Int) throws {
        let (text, entries, expected, unknown) = Self.substitutions[index]
        let list = entries.map { entry in
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 ? "- name: \(parts[0])\n  value: '\(parts[1])'" : "- name: \(parts[0])\n  required: true"
        }.joined(separator: "\n")
        let parsed = YAMLParser.parse(Array("kind: Template\nparameters:\n\(list)\n".utf8))
        let document = try #require(parsed.documents.first)
        let root = try #require(document.root)
        let (substitution, names) = TemplateParameters(template: root, in: document).substitution(of: text)
        #expect(substitution == expected, "\(text) with \(entries)")
        #expect(names == unknown, "\(text) with \(entries)")
    }

    @Test func aSubstitutedValueIsJudgedAtWhatWasWritten() {
        let yaml = Self.template(fromName: "${REGISTRY}/ruby:${TAG}", parameters: "- name: REGISTRY\n  value: quay.io/example\n- name: TAG\n  value: Bad Tag")
        // "quay.io/example/ruby:Bad Tag" is not a reference; the range is the written value.
        #expect(Self.findings(yaml) == ["IST203 objects[0].spec.tags[0].from.name 15:15-15:38"])
    }

    @Test func aValueLeftToProcessingIsNeverJudged() {
        let yaml = Self.template(fromName: "${IMAGE}", parameters: "- name: IMAGE\n  required: true")
        #expect(Self.findings(yaml) == [])
    }

    @Test func anUnknownNameIsReportedWithTheNearestOne() {
        let yaml = Self.template(fromName: "quay.io/example/ruby:${TAGG}", parameters: "- name: TAG\n  value: \"3.3\"")
        let diagnostics = Linter().lint(Array(yaml.utf8), file: "t.yaml").diagnostics.filter { $0.ruleId == "IST602" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasSuffix("did you mean \"TAG\"") == true, "\(diagnostics.map(\.message))")
        // The whole written value, which holds the reference.
        #expect(Self.findings(yaml).filter { $0.hasPrefix("IST602") } == ["IST602 objects[0].spec.tags[0].from.name 15:15-15:43"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func theLegacyVersionIsATemplateAndOthersAreNot() {
        let bad = "quay.io/example/ruby:${TAG}"
        let parameters = "- name: TAG\n  value: Bad Tag"
        #expect(Self.findings(Self.template(fromName: bad, parameters: parameters, apiVersion: "v1")).count == 1)
        #expect(Self.findings(Self.template(fromName: bad, parameters: parameters, apiVersion: "example.com/v1")) == [])
    }

    @Test func aTemplateOfOtherKindsIsSkipped() {
        let yaml = """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata:
              name: t
            objects:
            - apiVersion: v1
              kind: ConfigMap
              metadata:
                name: ${NAME}
            parameters:
            - name: bad-name

            """
        let report = Linter().lint(Array(yaml.utf8), file: "t.yaml")
        #expect(report.diagnostics.isEmpty)
        #expect(report.objectCount == 0)
    }

    @Test func templateObjectsDefineNoTagForTheDuplicateCheck() {
        let object = """
            - apiVersion: image.openshift.io/v1
              kind: ImageStreamTag
              metadata:
                name: ruby:3.3
              tag:
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
            """
        let yaml = "apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: t\nobjects:\n\(object)\n\(object)\n"
        #expect(!Self.findings(yaml).contains { $0.hasPrefix("IST212") })
    }

    /// A value that holds a parameter is judged as processed, but its fix would write over
    /// `${NAME}`: the finding keeps its range and severity and loses its fix; a literal value
    /// of the same template keeps its fix.
    @Test func aFindingOnASubstitutedValueHasNoFix() throws {
        let substituted = Self.template(fromName: "${REPOSITORY}", parameters: "- name: REPOSITORY\n  value: HTTPS://quay.io/example/ruby:3.3")
        let diagnostics = Linter().lint(Array(substituted.utf8), file: "t.yaml").diagnostics
        let finding = try #require(diagnostics.first { $0.ruleId == "IST203" })
        #expect(finding.path == "objects[0].spec.tags[0].from.name")
        #expect((finding.range.start.line, finding.range.start.column, finding.range.end.column) == (15, 15, 28))
        #expect(finding.severity == .error)
        #expect(finding.fix == nil)
        let linter = Linter()
        let (outcome, _) = Fixer(linter: linter, includingUnsafe: true).fix(
            Array(substituted.utf8), file: "t.yaml", selection: linter.selection(for: nil))
        #expect(String(decoding: outcome.fixed, as: UTF8.self).contains("name: ${REPOSITORY}\n"))
        // Written as a literal, the same value carries its fix.
        let literal = Self.template(fromName: "HTTPS://quay.io/example/ruby:3.3", parameters: "- name: UNUSED\n  value: x")
        let written = try #require(Linter().lint(Array(literal.utf8), file: "t.yaml").diagnostics.first { $0.ruleId == "IST203" })
        #expect(written.fix?.replacement == "quay.io/example/ruby:3.3")
    }
}
