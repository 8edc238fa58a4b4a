/// IST505: a digest written where a repository belongs (`sha256:<hex>` without `@`).
struct DigestAsRepositoryRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST505",
        name: "digest-as-repository",
        severity: .warning,
        fix: .always(.unsafe, "writes the digest after `@` instead of as the last path segment, which changes what is pulled"),
        summary: "A `DockerImage` source whose last path component looks like a digest without its `@` (`repo/sha256:<hex>`, `sha256:<hex>`).",
        rationale: """
            `sha256:8a2c…` alone parses as the repository `sha256` with the tag `8a2c…`, and \
            `quay.io/org/app/sha256:8a2c…` as the repository `org/app/sha256`: valid references that \
            point at images that do not exist. The `@` that introduces a digest was lost, usually \
            when a pull spec was assembled from parts. Write `repository@sha256:…`.
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
                name: ↓quay.io/org/app/sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
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
                name: quay.io/org/app@sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard let source = tag.dockerImageSource, !source.hasDigest else { return [] }
        let hex = source.reference.tag
        // Only 64, 96 or 128 hex digits make a digest (sha256, sha384, sha512): the usual tag
        // is settled by its length.
        guard [64, 96, 128].contains(hex.utf8.count) else { return [] }
        let path = source.reference.name.isEmpty ? source.reference.namespace : source.reference.name
        let algorithm = path.split(separator: "/").last.map(String.init) ?? ""
        let digest = algorithm + ":" + hex
        guard DigestValidation.error(for: digest) == nil else { return [] }
        var message =
            "\(tag.view.path("from", "name")) \(ValueDescription.quote(source.name)) reads as a repository ending in \"\(algorithm)\" with the tag \"\(hex.prefix(12))…\": the @ before the digest was lost"
        var fix: Fix?
        if source.name.hasSuffix("/" + digest) {
            let corrected = String(source.name.dropLast(digest.count + 1)) + "@" + digest
            message += "; write \(ValueDescription.quote(corrected))"
            fix = Fix(range: source.range, replacement: corrected, applicability: .unsafe)
        } else {
            message += "; write <repository>@\(algorithm):…"
        }
        return [finding(FindingMessage(message), at: tag.view.path("from", "name"), range: source.range, fix: fix)]
    }
}
