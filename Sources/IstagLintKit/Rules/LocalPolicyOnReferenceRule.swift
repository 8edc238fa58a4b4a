/// IST508: `referencePolicy.type: Local` on a `reference: true` tag.
struct LocalPolicyOnReferenceRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST508",
        name: "local-policy-on-reference",
        severity: .warning,
        summary: "`referencePolicy.type: Local` on a `reference: true` tag, where it has no effect.",
        rationale: """
            `Local` makes pods and builds pull the tag's image through the integrated registry, by \
            the image's ID. A `reference: true` tag is not imported, so no image ID is recorded, and \
            resolution falls back to the source pull spec: the policy does nothing, and pulls go to \
            the source registry after all. Import the tag (drop `reference: true`) or drop the policy.
            """,
        triggeringExamples: [
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
              referencePolicy:
                type: ↓Local
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
              referencePolicy:
                type: Local
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard tag.view.bool("reference") == true, case .value("Local", let range) = tag.view.string("referencePolicy", "type") else { return [] }
        return [
            finding(
                "\(tag.view.path("referencePolicy", "type")) Local has no effect on a reference: true tag: no image is imported, so pulls resolve to the source registry",
                at: tag.view.path("referencePolicy", "type"), range: range)
        ]
    }
}
