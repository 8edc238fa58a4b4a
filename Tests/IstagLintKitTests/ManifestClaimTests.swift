import IstagLintKit
import Testing

/// What says a file is istaglint's: the byte scans of `ManifestClaim`.
struct ManifestClaimTests {
    private func names(_ text: String) -> Bool {
        ManifestClaim.claims(Array(text.utf8))
    }

    @Test(arguments: [
        "apiVersion: v1\nkind: ImageStreamTag\n",
        "kind: ImageStreamTagList\nitems: []\n",
        "kind: 'ImageStreamTag' # the tag\n",
        "\"kind\": \"ImageStreamTag\"\n",
        "\u{FEFF}kind: ImageStreamTag\n",
        "kind: List\nitems:\n- apiVersion: image.openshift.io/v1\n  kind: ImageStreamTag\n",
        "apiVersion: \"image.openshift.io/v1\"\nkind: ImageStream\n",
        "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ImageStreamTag\",\n  \"metadata\": {\"name\": \"a:b\"}\n}\n",
        "{\"metadata\": {\"kind\": \"x\"}, \"kind\":\"ImageStreamTag\"}",
        "{apiVersion: image.openshift.io/v1, kind: ImageStreamTag}",
    ])
    func aTextClaimsToBeAManifest(_ text: String) {
        #expect(names(text))
    }

    @Test(arguments: [
        // A BuildConfig's source names the kind, indented: not istaglint's.
        "apiVersion: build.openshift.io/v1\nkind: BuildConfig\nspec:\n  strategy:\n    sourceStrategy:\n      from:\n        kind: ImageStreamTag\n        name: ruby:3.3\n",
        "{\"kind\": \"BuildConfig\", \"spec\": {\"from\": {\"kind\": \"ImageStreamTag\"}}}",
        "# lints ImageStreamTag manifests\nname: ci\n",
        "kind: ImageStreamTagging\n",
        "kind: List\nitems: []\n",
        "apiVersion: image.openshift.io.example.com/v1\n",
        "",
    ])
    func aTextDoesNotClaimToBeAManifest(_ text: String) {
        #expect(!names(text))
    }

    @Test func aKindIsNamedOnlyAtTheTopLevelAndTheGroupAnywhere() {
        let list = Array("kind: List\nitems:\n- apiVersion: image.openshift.io/v1\n  kind: ImageStreamTag\n".utf8)
        #expect(!ManifestClaim.namesLintedKind(list) && ManifestClaim.namesImageGroup(list))
        let legacy = Array("apiVersion: v1\nkind: ImageStreamTag\n".utf8)
        #expect(ManifestClaim.namesLintedKind(legacy) && !ManifestClaim.namesImageGroup(legacy))
    }

    @Test func aTemplateExpressionIsFoundOutsideCommentLines() throws {
        let text = "# built from {{ .Values.x }}\nkind: ImageStreamTag\nmetadata:\n  name: {{ .Values.stream }}:latest\n"
        let bytes = Array(text.utf8)
        let range = try #require(ManifestClaim.templateExpression(in: bytes))
        #expect(String(decoding: bytes[range], as: UTF8.self) == "{{ .Values.stream }}")
        #expect(ManifestClaim.templateExpression(in: Array("{% if x %}\n".utf8)).map { $0.count } == 10)
        #expect(ManifestClaim.templateExpression(in: Array("name: ${APP}\nimage: {{ unclosed\n".utf8)) == nil)
        // An OpenShift Template's parameter and a GitHub expression are not templates.
        #expect(ManifestClaim.templateExpression(in: Array("replicas: \"${{REPLICA_COUNT}}\"\nrun: echo ${{ github.sha }}\n".utf8)) == nil)
    }

    @Test func aJSONCommentIsFoundOnlyOutsideStringsAndWhereATokenMayStart() {
        #expect(ManifestClaim.jsonComment(in: Array("{\n  // c\n}".utf8)) == 4)
        #expect(ManifestClaim.jsonComment(in: Array("// c\n{}".utf8)) == 0)
        #expect(ManifestClaim.jsonComment(in: Array("{\"a\": 1,/* c */}".utf8)) == 8)
        #expect(ManifestClaim.jsonComment(in: Array("{\"url\": \"https://x/*\", \"b\": \"\\\"//\"}".utf8)) == nil)
        #expect(ManifestClaim.jsonComment(in: Array("{url: https://example.com}".utf8)) == nil)
    }

    @Test func beforeParsingATemplateOrACommentedJSONThatNamesALintedKindIsSetApart() {
        let template = Array("kind: ImageStreamTag\nmetadata:\n  name: \"{{ .Values.name }}\"\n".utf8)
        #expect(ManifestClaim.early(template) == .template(40..<58))
        let commented = Array("{\n  // c\n  \"kind\": \"ImageStreamTag\"\n}\n".utf8)
        #expect(ManifestClaim.early(commented) == .jsonComment(4))
        let otherTemplate = Array("kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n".utf8)
        #expect(ManifestClaim.early(otherTemplate) == .parse)
        // An ImageStream is linted too, and a template of one set apart.
        let imageStream = Array(
            "{\n  \"apiVersion\": \"image.openshift.io/v1\",\n  \"kind\": \"ImageStream\",\n  \"metadata\": {\"name\": \"{{NAME}}\"}\n}\n".utf8)
        #expect(ManifestClaim.early(imageStream) == .template(92..<100))
        // A BuildConfig names the kind only inside its trigger, not at the top level.
        let buildConfig = Array("kind: BuildConfig\nspec:\n  from:\n    kind: ImageStream\n    name: \"{{ .Values.base }}\"\n".utf8)
        #expect(ManifestClaim.early(buildConfig) == .parse)
        #expect(ManifestClaim.early(Array("kind: ImageStreamTag\n".utf8)) == .parse)
    }
}

/// Silence where a file is not istaglint's, errors where it is: the engine's verdict per file.
struct NotAManifestTests {
    private func lint(_ text: String, file: String = "file.yaml", severities: [String: Severity]? = nil) -> FileReport {
        Linter().lint(Array(text.utf8), file: file, severities: severities)
    }

    private let tsconfig = """
        {
          // Visit https://aka.ms/tsconfig to read more
          "compilerOptions": {
            "target": "es2020", /* or later */
            "strict": true,
          },
        }

        """

    @Test func jsonWithCommentsIsNotAManifestWhetherOrNotItParsesAsYAML() {
        for (text, file) in [(tsconfig, "tsconfig.json"), ("// settings\n{\"editor.tabSize\": 2,}\n", ".vscode/settings.json"), (tsconfig, "tsconfig.yaml")] {
            let report = lint(text, file: file)
            #expect(report.diagnostics.isEmpty, "\(file)")
            #expect(
                report.notManifestReason?.hasPrefix("json with comments (\"//\" on line ") == true, "\(file): \(String(describing: report.notManifestReason))")
            #expect(report.documentCount == 0 && report.skippedDocumentCount == 0)
            var summary = Summary()
            summary.count(report)
            #expect(summary.notManifests == 1 && summary.files == 1 && summary.errors == 0)
        }
    }

    @Test func aBrokenFileOfAnotherToolIsNotAManifest() {
        let workflow = lint("name: ci\non: [push\njobs: {}\n")
        #expect(workflow.diagnostics.isEmpty)
        #expect(workflow.notManifestReason?.hasPrefix("not readable as YAML (yaml syntax error: ") == true)
        #expect(workflow.notManifestReason?.hasSuffix(", and it names no ImageStreamTag or ImageStream") == true)
        let buildConfig = lint("kind: BuildConfig\nspec:\n  from:\n    kind: ImageStreamTag\n    name: [ruby\n")
        #expect(buildConfig.diagnostics.isEmpty && buildConfig.notManifestReason != nil)
        let binary = lint("\u{0}\u{1}\u{2}PNG")
        #expect(binary.diagnostics.isEmpty && binary.notManifestReason != nil)
    }

    @Test func aHelmTemplateThatNamesNoLintedKindIsSilent() {
        let report = lint("{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n")
        #expect(report.diagnostics.isEmpty)
        #expect(
            report.notManifestReason
                == "a template (\"{{- if .Values.enabled }}\" on line 1), not YAML until rendered, and it names no ImageStreamTag or ImageStream")
        // A template that parses is YAML of another tool, skipped as usual.
        let workflow = lint("name: ci\njobs:\n  a:\n    steps:\n    - run: echo ${{ github.sha }}\n")
        #expect(workflow.diagnostics.isEmpty && workflow.notManifestReason == nil && workflow.skippedDocumentCount == 1)
    }

    @Test(arguments: [
        ("kind: ImageStreamTag\nmetadata:\n  name: {{ .Values.stream }}:{{ .Values.tag }}\n", 3, 9, 3, 29),
        // It parses as YAML, and would be linted as nonsense.
        (
            "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: \"{{ .Values.name }}\"\ntag:\n  from: {kind: DockerImage, name: \"{{ .Values.image }}\"}\n",
            4, 10, 4, 28
        ),
        ("{% for t in tags %}\nkind: ImageStreamTag\nmetadata:\n  name: r:{{ t }}\n{% endfor %}\n", 1, 1, 1, 20),
    ])
    func aTemplateThatNamesALintedKindGetsOneFinding(_ text: String, line: Int, column: Int, endLine: Int, endColumn: Int) throws {
        let report = lint(text)
        #expect(report.diagnostics.count == 1)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.ruleId == "IST009" && diagnostic.ruleName == "templated-manifest" && diagnostic.severity == .warning)
        #expect(diagnostic.message.hasPrefix("this file is a template (\"{{") || diagnostic.message.hasPrefix("this file is a template (\"{%"))
        #expect(diagnostic.message.contains("exclude: in .istaglint.yaml") && diagnostic.message.contains("helm template"))
        #expect(
            [diagnostic.range.start.line, diagnostic.range.start.column, diagnostic.range.end.line, diagnostic.range.end.column] == [
                line, column, endLine, endColumn,
            ])
        #expect(report.notManifestReason?.contains("reported as IST009") == true)
        #expect(report.objectCount == 0)
    }

    @Test func theTemplateFindingFollowsConfigurationAndFileDirectivesButReportsNoDirective() {
        let text = "kind: ImageStreamTag\nmetadata:\n  name: {{ .Values.name }}\n"
        var severities = Dictionary(uniqueKeysWithValues: RuleCatalog.all.map { ($0.description.code, $0.description.severity) })
        severities["IST009"] = nil
        let off = lint(text, severities: severities)
        #expect(off.diagnostics.isEmpty && off.notManifestReason != nil)
        let silenced = lint("# istaglint: disable-file templated-manifest\n" + text)
        #expect(silenced.diagnostics.isEmpty)
        // A directive meant for what the template renders is not reported as unused.
        let forRendered = lint(text + "tag:\n  importPolicy:\n    insecure: true  # istaglint: disable-line IST501\n")
        #expect(forRendered.diagnostics.map(\.ruleId) == ["IST009"])
    }

    @Test func aFileThatSaysItIsAManifestStillGetsItsSyntaxError() throws {
        let broken = lint("apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\n namespace: apps\n")
        #expect(broken.diagnostics.map(\.ruleId) == ["IST001"])
        #expect(broken.notManifestReason == nil)
        // Only the kind says so (no apiVersion), at the top level.
        let kindOnly = lint("kind: ImageStreamTag\nmetadata: [a\n")
        #expect(kindOnly.diagnostics.map(\.ruleId) == ["IST001"])
        // A document before the error was linted, though the text names no kind plainly.
        let linted = lint("kind: &k ImageStreamTag\nmetadata:\n  name: ruby:3.3\n---\na: [b\n")
        #expect(linted.objectCount == 1)
        #expect(linted.diagnostics.map(\.ruleId).contains("IST001"))
    }

    @Test func jsonWithACommentThatNamesALintedKindIsASyntaxErrorAtTheComment() throws {
        let report = lint(
            "{\n  \"apiVersion\": \"image.openshift.io/v1\",\n  \"kind\": \"ImageStreamTag\", // the tag\n  \"metadata\": {\"name\": \"ruby:3.3\"}\n}\n",
            file: "istag.json")
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(diagnostic.ruleId == "IST001" && diagnostic.severity == .error)
        #expect(diagnostic.message.hasPrefix("json has no comments: kubectl reads a file that starts with '{' as JSON"))
        #expect([diagnostic.range.start.line, diagnostic.range.start.column, diagnostic.range.end.column] == [3, 29, 31])
        #expect(diagnostic.range.start.offset == 71)
    }

    @Test func aManifestWithACommentLineMentioningATemplateIsLinted() {
        let report = lint("# rendered from {{ .Values.image }}\napiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: ruby:3.3\n")
        #expect(report.objectCount == 1 && report.notManifestReason == nil)
        #expect(report.diagnostics.map(\.ruleId).contains("IST004"))
    }
}
