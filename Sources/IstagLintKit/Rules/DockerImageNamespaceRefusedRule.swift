/// IST209: `from.namespace` on a `DockerImage` source, naming another namespace than the object's.
struct DockerImageNamespaceRefusedRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST209",
        name: "docker-image-namespace-refused",
        severity: .error,
        summary: "`tag.from.namespace` on a `DockerImage` source names another namespace than `metadata.namespace`, or `metadata.namespace` is unset.",
        rationale: """
            An ImageStreamTag is written into its image stream, and the stream's strategy checks \
            every tag that points into another namespace (openshift-apiserver \
            `pkg/image/apiserver/registry/imagestream/strategy.go`, `validateTagsAndLimits` → \
            `TagVerifier.Verify`). `Verify` skips a tag whose `from.namespace` is empty or the \
            stream's own, and otherwise parses the source with `parseFromReference`, which knows only \
            `ImageStreamTag` and `ImageStreamImage`: a `DockerImage` source always fails there, and \
            the user sees only `Internal error: imagestreams "ruby" is invalid: \
            spec.tags[3.3].from.name: Invalid value: "quay.io/ruby:3.3": must be of the form <tag>, \
            <repo>:<tag>, <id>, or <repo>@<id>`, a message about a name that is perfectly good.

            When `metadata.namespace` is unset, kubectl sends the object to the current project, so \
            the verdict depends on where you apply it: refused unless that project is \
            `from.namespace`. A pull spec names its registry and organisation itself; remove \
            `from.namespace`. Where it equals `metadata.namespace` it is merely ignored (IST509).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: web
            tag:
              from:
                kind: DockerImage
                namespace: ↓example
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                namespace: ↓example
                name: quay.io/example/ruby:3.3
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: web
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: web
            tag:
              from:
                kind: ImageStreamTag
                namespace: shared
                name: ruby:3.3
            """,
        ].withImageStreamForms(),
        reportsMissingFields: true)

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard let source = DockerImageNamespace(tag, of: object) else { return [] }
        let quoted = ValueDescription.quote(source.namespace)
        let why: String
        switch source.relation {
        case .own: return []
        case .other(let own): why = "it is not metadata.namespace \(ValueDescription.quote(own))"
        case .unset(let keyPresent):
            // A patch that leaves the namespace out keeps the base's.
            guard object.reportsMissing(keyPresent: keyPresent) else { return [] }
            why = "metadata.namespace is unset, so it is refused unless the current project is \(quoted)"
        }
        return [
            finding(
                "\(tag.view.path("from", "namespace")) \(quoted) on a DockerImage source is refused because \(why); the server's message is the misleading \"from.name: must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>\": remove from.namespace and name the organisation in the pull spec",
                at: tag.view.path("from", "namespace"), range: source.range)
        ]
    }
}
