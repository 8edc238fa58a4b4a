/// IST506: scheduled import that can never bring anything new.
struct PointlessScheduledImportRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST506",
        name: "pointless-scheduled-import",
        severity: .warning,
        summary: "`importPolicy.scheduled: true` on a digest reference, or on a `reference: true` tag.",
        rationale: """
            Scheduled import re-imports a tag periodically so that it follows its source. A digest \
            never changes, so after the first successful import there is nothing to follow (the \
            controller stops scheduling it). A `reference: true` tag is never imported at all: the \
            import controller skips reference tags, so `scheduled` does nothing. Either the schedule \
            is noise, or the manifest meant to track a moving tag and pinned it by mistake.
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
                name: quay.io/example/ruby@sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
              importPolicy:
                scheduled: ↓true
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              reference: true
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              importPolicy:
                scheduled: ↓true
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
                name: quay.io/example/ruby:3.3
              importPolicy:
                scheduled: true
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard tag.view.bool("importPolicy", "scheduled") == true,
            case .present(_, let range) = tag.view.field("importPolicy", "scheduled"),
            let source = tag.dockerImageSource
        else { return [] }
        var path: FieldPath { tag.view.path("importPolicy", "scheduled") }
        if tag.view.bool("reference") == true {
            return [
                finding(
                    "\(tag.view.path("importPolicy", "scheduled")) has no effect on a reference: true tag, which is never imported; remove one of them",
                    at: path, range: range)
            ]
        }
        if source.hasDigest {
            return [
                finding(
                    "\(tag.view.path("importPolicy", "scheduled")) re-imports a digest, which never changes; follow a tag, or drop the schedule", at: path,
                    range: range)
            ]
        }
        return []
    }
}
