/// IST303: an import that has not completed.
struct ImportPendingRule: ObjectRule {
    static let kinds = ObjectKind.streamKinds

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

            An exported ImageStream shows the same for each `status.tags` entry: the spec tag of \
            that name holds the generation asked for, the entry's newest `items` event the \
            generation of the image shown, and the entry its own `conditions`.
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
            """,
            KindExamples.exportedStream(eventGeneration: "↓2"),
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
            """,
            KindExamples.exportedStream(eventGeneration: "3"),
        ])

    func check(_ object: LintObject) -> [Finding] {
        object.importStatuses.compactMap { status in
            guard let spec = status.specGeneration, let specView = status.specView, let observed = status.observedGeneration,
                let observedView = status.observedView, observed.value < spec.value, status.failures.isEmpty
            else { return nil }
            let path = observedView.path("generation")
            return finding(
                "\(path) \(observed.value) is behind \(specView.path("generation")) \(spec.value): the import requested at generation \(spec.value) has not completed, and the image shown is an older one",
                at: path, range: observed.range)
        }
    }
}
