/// IST205: scheduled import on a tag that does not point at a registry.
struct ScheduledImportKindRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST205",
        name: "scheduled-import-kind",
        severity: .error,
        summary: "`tag.importPolicy.scheduled: true` with `from.kind` `ImageStreamTag` or `ImageStreamImage`.",
        rationale: """
            Scheduled import periodically re-imports a tag from its registry. A tag that tracks \
            another tag or an image of the cluster has no registry to poll, and the server refuses \
            it: `tag.importPolicy.scheduled: Invalid value: true: only tags pointing to Docker \
            repositories may be scheduled for background import`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:stable
            tag:
              from:
                kind: ImageStreamTag
                name: ruby:3.3
              importPolicy:
                scheduled: ↓true
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
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              importPolicy:
                scheduled: true
            """
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .value(let kind, _) = tag.fromKind, kind == "ImageStreamTag" || kind == "ImageStreamImage",
            tag.view.bool("importPolicy", "scheduled") == true,
            case .present(_, let range) = tag.view.field("importPolicy", "scheduled")
        else { return [] }
        return [
            finding(
                "\(tag.view.path("importPolicy", "scheduled")) is true for a tag of kind \(kind): only tags pointing to Docker repositories may be scheduled for background import; remove it",
                at: tag.view.path("importPolicy", "scheduled"), range: range)
        ]
    }
}
