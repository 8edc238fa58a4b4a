/// IST504: a `DockerImage` source that names a registry and no repository.
struct RegistryOnlyReferenceRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST504",
        name: "registry-only-reference",
        severity: .warning,
        summary: "A `DockerImage` source that names only a registry (`quay.io`, `localhost:5000`) and no repository.",
        rationale: """
            OpenShift's reference parser reads a name without `/` that contains a `.` or starts with \
            `localhost` as a registry, so `quay.io` or `localhost:5000` parses, passes validation, \
            and names no repository at all: the import has nothing to fetch. Write the repository \
            after the registry (`quay.io/org/app:1.0`).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: app:1.0
            tag:
              from:
                kind: DockerImage
                name: ↓quay.io
            """
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: app:1.0
            tag:
              from:
                kind: DockerImage
                name: quay.io/org/app:1.0
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard let source = tag.dockerImageSource, source.isRegistryOnly else { return [] }
        return [
            finding(
                "\(tag.view.path("from", "name")) \(ValueDescription.quote(source.name)) names the registry \(ValueDescription.quote(source.reference.registry)) and no repository, so the import has nothing to fetch; write <registry>/<repository>:<tag>",
                at: tag.view.path("from", "name"), range: source.range)
        ]
    }
}
