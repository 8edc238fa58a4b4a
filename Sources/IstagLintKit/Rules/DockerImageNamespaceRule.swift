/// IST509: `from.namespace` with a `DockerImage` source.
struct DockerImageNamespaceRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST509",
        name: "docker-image-namespace",
        severity: .warning,
        summary: "`tag.from.namespace` on a `DockerImage` source equals `metadata.namespace`, where it is ignored.",
        rationale: """
            `from.namespace` names the project of an `ImageStreamTag` or `ImageStreamImage` source. \
            A `DockerImage` source is a pull spec. When `from.namespace` is the object's own \
            namespace the server ignores it (`TagVerifier.Verify` in openshift-apiserver \
            `imagestream/strategy.go` skips the tag, and `tagsChanged` never reads the namespace of a \
            `DockerImage`); builds even refuse it (`namespace is not valid when used with a \
            'DockerImage'`). If it was meant as the repository's organisation, it belongs in the pull \
            spec. Any other namespace, or one on an object without `metadata.namespace`, is refused \
            (IST209).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: example
            tag:
              from:
                kind: DockerImage
                namespace: ↓example
                name: quay.io/ruby:3.3
            """
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamTag
                namespace: shared
                name: ruby:3.3
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard let source = DockerImageNamespace(tag, of: object), case .own = source.relation else { return [] }
        return [
            finding(
                "\(tag.view.path("from", "namespace")) \(ValueDescription.quote(source.namespace)) is ignored for a DockerImage source; put the organisation in the pull spec, or remove it",
                at: tag.view.path("from", "namespace"), range: source.range)
        ]
    }
}
