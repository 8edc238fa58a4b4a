/// IST501: `importPolicy.insecure: true`.
struct InsecureImportRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST501",
        name: "insecure-import",
        severity: .warning,
        summary: "`tag.importPolicy.insecure: true` lets imports skip TLS verification or use plain HTTP.",
        rationale: """
            With `insecure: true` the server \"may bypass certificate verification or connect directly \
            over HTTP during image import\": anyone on the path to the registry can substitute the \
            image the cluster runs. It also widens the cluster's registry allow-list to either \
            transport. Fix the registry's certificate, or add its CA to the cluster's trusted CAs \
            (`image.config.openshift.io/cluster` `additionalTrustedCA`), and drop the flag.
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
                name: registry.example.com/ruby:3.3
              importPolicy:
                insecure: ↓true
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
                name: registry.example.com/ruby:3.3
              importPolicy:
                insecure: false
            """
        ].withImageStreamForms(),
        tags: ["security"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard tag.view.bool("importPolicy", "insecure") == true,
            case .present(_, let range) = tag.view.field("importPolicy", "insecure")
        else { return [] }
        return [
            finding(
                "\(tag.view.path("importPolicy", "insecure")) is true: imports may skip TLS certificate verification or use plain HTTP, so the image can be substituted in transit; trust the registry's CA instead",
                at: tag.view.path("importPolicy", "insecure"), range: range)
        ]
    }
}
