/// IST303: an import that has not completed.
struct ImportPendingRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST303",
        name: "import-pending",
        severity: .info,
        summary: "`generation` is behind `tag.generation`: an import was requested and has not completed.",
        rationale: """
            In an ImageStreamTag read from a cluster, `tag.generation` is the generation of the spec \
            tag (what was asked for) and `generation` the generation of the image it shows. When the \
            image is older, an import was requested and has not finished, or it failed and the \
            conditions say why (`import-failed`, IST304, reports that case instead). The image shown is \
            the previous one.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              resourceVersion: "8812"
            generation: ↓2
            tag:
              generation: 3
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              resourceVersion: "8812"
            generation: 3
            tag:
              generation: 3
            """
        ])

    func check(_ object: LintObject) -> [Finding] {
        let status = object.importStatus
        guard let spec = status.specGeneration, let observed = status.observedGeneration, observed.value < spec.value,
            status.failures.isEmpty
        else { return [] }
        return [
            finding(
                "generation \(observed.value) is behind tag.generation \(spec.value): the import requested at generation \(spec.value) has not completed, and the image shown is an older one",
                at: object.path("generation"), range: observed.range)
        ]
    }
}
