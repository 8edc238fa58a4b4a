import IstagLintKit
import Testing

/// Cases transcribed from OpenShift's own validation tests (openshift-apiserver
/// `pkg/image/apis/image/validation/validation_test.go`, ImageStream cases mapped onto the
/// ImageStreamTag that writes them) and from the catalogue's worked examples: whether the
/// server refuses the manifest, and the field path of its first error. The server's validation
/// sees the object as sent, so the cases are linted under `apply: create`, which sends the file
/// as written; the cases marked with another mode are what that mode sends instead.
struct ServerParityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let metadata: String
        let tag: String?
        /// The path of the first error, or nil when the server accepts the object.
        let firstError: String?
        /// How the manifest is applied.
        var mode: ApplyMode = .create
        var testDescription: String { mode == .create ? name : "\(name) (\(mode.setting))" }

        var manifest: String {
            var text =
                "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n"
                + metadata.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
            if let tag { text += "tag:\n" + tag.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n" }
            return text
        }
    }

    static let longNamespace = String(repeating: "a", count: 63)
    static let name191 = String(repeating: "b", count: 191)

    static let cases: [Case] = [
        Case(
            name: "valid", metadata: "name: foo:bar\nnamespace: default", tag: "from: {kind: DockerImage, name: abc}\nreferencePolicy: {type: Source}",
            firstError: nil),
        Case(name: "missing name", metadata: "namespace: foo", tag: nil, firstError: "metadata.name"),
        Case(name: "no slash in name", metadata: "name: foo/bar:baz", tag: nil, firstError: "metadata.name"),
        Case(name: "no percent in name", metadata: "name: foo%%bar:baz", tag: nil, firstError: "metadata.name"),
        Case(name: "other invalid stream name", metadata: "name: foo bar:baz", tag: nil, firstError: "metadata.name"),
        Case(name: "invalid namespace", metadata: "name: foo:bar\nnamespace: \"!$\"", tag: nil, firstError: "metadata.namespace"),
        Case(name: "shortest name components", metadata: "name: g:t\nnamespace: f", tag: nil, firstError: nil),
        Case(
            name: "all possible characters used",
            metadata: "name: abcdefghijklmnopqrstuvwxyz-1234567890.dot_underscore-dash:tag\nnamespace: abcdefghijklmnopqrstuvwxyz-1234567890", tag: nil,
            firstError: nil),
        Case(name: "max name and namespace length met", metadata: "name: \(name191):tag\nnamespace: \(longNamespace)", tag: nil, firstError: nil),
        Case(
            name: "max name and namespace length exceeded", metadata: "name: x\(name191):tag\nnamespace: \(longNamespace)", tag: nil,
            firstError: "metadata.name"),
        Case(
            name: "referencePolicy.type must be valid", metadata: "name: foo:tag", tag: "from: {kind: DockerImage, name: abc}\nreferencePolicy: {type: Other}",
            firstError: "tag.referencePolicy.type"),
        Case(
            name: "empty referencePolicy.type defaults to Source", metadata: "name: foo:tag",
            tag: "from: {kind: DockerImage, name: abc}\nreferencePolicy: {type: \"\"}", firstError: nil),
        Case(
            name: "DockerImage may be scheduled", metadata: "name: foo:tag", tag: "from: {kind: DockerImage, name: abc}\nimportPolicy: {scheduled: true}",
            firstError: nil),
        Case(
            name: "ImageStreamTags can't be scheduled", metadata: "name: foo:other",
            tag: "from: {kind: ImageStreamTag, name: \"other:latest\"}\nimportPolicy: {scheduled: true}", firstError: "tag.importPolicy.scheduled"),
        Case(
            name: "image IDs can't be scheduled", metadata: "name: foo:badid",
            tag: "from: {kind: DockerImage, name: abc@badid}\nimportPolicy: {scheduled: true}", firstError: "tag.from.name"),
        Case(
            name: "ImageStreamImages can't be scheduled", metadata: "name: foo:otherimage",
            tag: "from: {kind: ImageStreamImage, name: other@latest}\nimportPolicy: {scheduled: true}", firstError: "tag.importPolicy.scheduled"),
        Case(name: "tag to name required", metadata: "name: foo:bar", tag: "from: {kind: DockerImage, name: \"\"}", firstError: "tag.from.name"),
        Case(name: "tag to kind required", metadata: "name: foo:bar", tag: "from: {kind: \"\", name: foo/bar:biz}", firstError: "tag.from.kind"),
        Case(name: "empty from: name is checked before kind", metadata: "name: foo:bar", tag: "from: {}", firstError: "tag.from.name"),
        Case(name: "kind is case-sensitive", metadata: "name: foo:bar", tag: "from: {kind: dockerimage, name: foo/bar:biz}", firstError: "tag.from.kind"),
        Case(name: "invalid reference format", metadata: "name: foo:bar", tag: "from: {kind: DockerImage, name: \"a-|///bbb\"}", firstError: "tag.from.name"),
        Case(
            name: "uppercase repository", metadata: "name: foo:bar", tag: "from: {kind: DockerImage, name: registry:3000/integration/imageStream:success}",
            firstError: "tag.from.name"),
        Case(name: "registry-only reference passes", metadata: "name: foo:bar", tag: "from: {kind: DockerImage, name: quay.io}", firstError: nil),
        Case(
            name: "digest length", metadata: "name: foo:bar", tag: "from: {kind: DockerImage, name: \"foo@sha256:0123456789abcdef0123456789abcdef\"}",
            firstError: "tag.from.name"),
        Case(name: "empty name suppresses the parse error", metadata: "name: foo:bar", tag: "from: {kind: DockerImage}", firstError: "tag.from.name"),
        Case(
            name: "import mode", metadata: "name: foo:bar", tag: "from: {kind: DockerImage, name: abc}\nimportPolicy: {importMode: Preserve}",
            firstError: "tag.importPolicy.importMode"),
        Case(
            name: "empty import mode defaults to Legacy", metadata: "name: foo:bar",
            tag: "from: {kind: DockerImage, name: abc}\nimportPolicy: {importMode: \"\"}", firstError: nil),
        Case(
            name: "tag annotations must equal metadata annotations", metadata: "name: foo:bar\nannotations: {one: two}", tag: "annotations: {one: three}",
            firstError: "tag.annotations"),
        Case(name: "empty tag annotations equal no annotations", metadata: "name: foo:bar", tag: "annotations: {}", firstError: nil),
        Case(name: "tag without from", metadata: "name: foo:bar", tag: "referencePolicy: {type: Local}", firstError: nil),
        Case(name: "name without a tag", metadata: "name: foo", tag: nil, firstError: "metadata.name"),
        Case(name: "two colons", metadata: "name: foo:bar:baz", tag: nil, firstError: "metadata.name"),
        Case(name: "generateName only", metadata: "generateName: foo-", tag: nil, firstError: "metadata.generateName"),
        Case(name: "negative generation", metadata: "name: foo:bar\ngeneration: -1", tag: nil, firstError: "metadata.generation"),
        Case(
            name: "label value too long", metadata: "name: foo:bar\nlabels: {a: \(String(repeating: "v", count: 64))}", tag: nil, firstError: "metadata.labels"),
        Case(
            name: "stream reference with two colons", metadata: "name: foo:bar", tag: "from: {kind: ImageStreamTag, name: \"a:b:c\"}",
            firstError: "tag.from.name"),
        Case(
            name: "cross-namespace stream reference", metadata: "name: foo:bar", tag: "from: {kind: ImageStreamTag, namespace: other, name: \"a:b\"}",
            firstError: nil),
        Case(
            name: "DockerImage from another namespace", metadata: "name: foo:bar\nnamespace: web",
            tag: "from: {kind: DockerImage, namespace: other, name: abc}", firstError: "tag.from.namespace"),
        Case(
            name: "DockerImage from its own namespace", metadata: "name: foo:bar\nnamespace: web", tag: "from: {kind: DockerImage, namespace: web, name: abc}",
            firstError: nil),
        Case(
            name: "stream reference with a slash", metadata: "name: foo:bar", tag: "from: {kind: ImageStreamTag, name: \"other/is:tag\"}",
            firstError: "tag.from.name"),
        Case(
            name: "stream reference with an uppercase stream", metadata: "name: foo:bar", tag: "from: {kind: ImageStreamTag, name: \"Foo:bar\"}",
            firstError: "tag.from.name"),
        Case(
            name: "stream reference with an empty stream", metadata: "name: foo:bar", tag: "from: {kind: ImageStreamTag, name: \":bar\"}",
            firstError: "tag.from.name"),
        Case(
            name: "empty tag annotations equal no annotations", metadata: "name: foo:bar", tag: "annotations: {}", firstError: "tag.annotations", mode: .client),
        Case(
            name: "tag annotations equal to metadata annotations", metadata: "name: foo:bar\nannotations: {one: two}", tag: "annotations: {one: two}",
            firstError: "tag.annotations", mode: .client),
        Case(
            name: "null tag annotations", metadata: "name: foo:bar\nannotations: {one: two}", tag: "annotations: null\nfrom: {kind: DockerImage, name: abc}",
            firstError: nil, mode: .client),
        Case(
            name: "an infinite float anywhere", metadata: "name: foo:bar\nannotations: {one: two}", tag: "from: {kind: DockerImage, name: abc}\nextra: .inf",
            firstError: "tag.extra", mode: .client),
    ]

    @Test(arguments: cases)
    func agreesWithTheServer(_ parity: Case) {
        let report = Linter().lint(Array(parity.manifest.utf8), file: "case.yaml", applyMode: parity.mode)
        let firstError = report.diagnostics.first { $0.severity == .error }
        #expect(firstError?.path == parity.firstError, "\(report.diagnostics.map { "\($0.ruleId) \($0.path): \($0.message)" })")
    }
}
