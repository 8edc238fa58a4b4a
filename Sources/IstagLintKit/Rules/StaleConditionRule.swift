/// IST306: a condition about an older spec generation.
struct StaleConditionRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST306",
        name: "stale-condition",
        severity: .info,
        summary: "A condition's `generation` is behind `tag.generation`: it describes an earlier import.",
        rationale: """
            Each condition records the spec tag generation it is about. When `tag.generation` has \
            moved on, the condition describes an earlier request: a failure it reports may already \
            be fixed, and the current request's outcome is not known yet.
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
            """
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
            """
        ])

    func check(_ object: LintObject) -> [Finding] {
        let status = object.importStatus
        guard let spec = status.specGeneration else { return [] }
        return status.conditions.filter(status.isStale).compactMap { condition in
            guard let generation = condition.generation else { return nil }
            return finding(
                "conditions[\(condition.index)] is about generation \(generation.value), but tag.generation is \(spec.value): it describes an earlier import",
                at: object.path("conditions").index(condition.index).child("generation"), range: generation.range)
        }
    }
}
