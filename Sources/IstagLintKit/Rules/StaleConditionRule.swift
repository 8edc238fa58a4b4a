/// IST306: a condition about an older spec generation.
struct StaleConditionRule: ObjectRule {
    static let kinds = ObjectKind.streamKinds

    static let description = RuleDescription(
        code: "IST306",
        name: "stale-condition",
        severity: .info,
        summary: "A condition's `generation` is behind `tag.generation`: it describes an earlier import.",
        rationale: """
            Each condition records the spec tag generation it is about. When `tag.generation` has \
            moved on, the condition describes an earlier request: a failure it reports may already \
            be fixed, and the current request's outcome is not known yet.

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
            conditions:
            - type: ImportSuccess
              status: "False"
              generation: ↓2
            tag:
              generation: 3
            """,
            KindExamples.exportedStream(
                eventGeneration: "3", conditions: ["- type: ImportSuccess", "  status: \"False\"", "  message: manifest unknown", "  generation: ↓2"]),
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              resourceVersion: "8812"
            conditions:
            - type: ImportSuccess
              status: "False"
              generation: 3
            tag:
              generation: 3
            """,
            KindExamples.exportedStream(
                eventGeneration: "3", conditions: ["- type: ImportSuccess", "  status: \"False\"", "  message: manifest unknown", "  generation: 3"]),
        ])

    func check(_ object: LintObject) -> [Finding] {
        object.importStatuses.flatMap { status -> [Finding] in
            guard let spec = status.specGeneration, let specView = status.specView else { return [] }
            return status.conditions.filter(status.isStale).compactMap { condition in
                guard let generation = condition.generation else { return nil }
                return finding(
                    "\(condition.view.path) is about generation \(generation.value), but \(specView.path("generation")) is \(spec.value): it describes an earlier import",
                    at: condition.view.path("generation"), range: generation.range)
            }
        }
    }
}
