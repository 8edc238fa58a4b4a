/// IST202: a `tag.from` without a name.
struct FromNameRequiredRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST201",
        name: "from-name-required",
        severity: .error,
        summary: "`tag.from` is set but `tag.from.name` is missing or empty.",
        rationale: """
            `from` says what the tag tracks, and `from.name` is that thing: a pull spec for \
            `DockerImage`, `<stream>:<tag>` for `ImageStreamTag`, `<stream>@<id>` for \
            `ImageStreamImage`. The server refuses a `from` without it (`tag.from.name: Required \
            value`). To create a tag that tracks nothing yet, leave `from` out.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              ↓from:
                kind: DockerImage
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamTag
                ↓name:
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
                kind: ImageStreamTag
                name: ruby:latest
            """
        ].withImageStreamForms(),
        reportsMissingFields: true)

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .present = tag.view.field("from"), case .empty(let anchor, let keyPresent) = tag.fromName,
            object.reportsMissing(keyPresent: keyPresent)
        else { return [] }
        return [
            finding(
                "\(tag.view.path("from", "name")) is required: the pull spec, <stream>:<tag> or <stream>@<id> that the tag tracks (the server says: Required value)",
                at: tag.view.path("from", "name"), range: anchor)
        ]
    }
}
