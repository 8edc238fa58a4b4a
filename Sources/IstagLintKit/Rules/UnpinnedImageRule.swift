/// IST503: a `DockerImage` source with no tag and no digest, or the tag `latest`.
struct UnpinnedImageRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST503",
        name: "unpinned-image",
        severity: .warning,
        summary: "A `DockerImage` source with neither tag nor digest (an implicit `latest`), or tagged `latest`.",
        rationale: """
            A pull spec without a tag means `:latest`, and `latest` moves whenever someone pushes: the \
            image an import brings in depends on when it ran, and a rollback to \"the same manifest\" \
            is not the same image. Name a version tag, or better, pin the digest \
            (`registry/repository@sha256:…`), which never changes.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: ↓quay.io/example/ruby
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:latest
            tag:
              from:
                kind: DockerImage
                name: ↓quay.io/example/ruby:latest
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby@sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard let source = tag.dockerImageSource, !source.isRegistryOnly, !source.hasDigest,
            source.reference.tag.isEmpty || source.reference.tag == "latest"
        else { return [] }
        let written = source.reference.tag.isEmpty ? "has no tag and no digest, so it means :latest" : "is tagged latest"
        return [
            finding(
                "\(tag.view.path("from", "name")) \(ValueDescription.quote(source.name)) \(written), which moves with every push; name a version tag or pin a digest (@sha256:…)",
                at: tag.view.path("from", "name"), range: source.range)
        ]
    }
}
