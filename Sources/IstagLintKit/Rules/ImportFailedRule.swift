/// IST304: an `ImportSuccess` condition whose status is `False`.
struct ImportFailedRule: ObjectRule {
    static let kinds = ObjectKind.streamKinds

    static let description = RuleDescription(
        code: "IST304",
        name: "import-failed",
        severity: .warning,
        summary: "An `ImportSuccess` condition with status `False`: the last import of the tag failed.",
        rationale: """
            When an import fails, the server records a condition of type `ImportSuccess` with status \
            `False`, the failure's `reason` and a `message` (\"unknown error prevented import\" when \
            there is none), and keeps showing the previous image. The tag is stuck until the source \
            is fixed or the import is requested again. The finding quotes the reason and message so \
            that the cause is visible in the lint report. Conditions about an older spec generation \
            are stale and reported by `stale-condition` (IST306) instead.

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
            generation: 2
            conditions:
            - type: ImportSuccess
              status: ↓"False"
              reason: NotFound
              message: manifest unknown
              generation: 3
            tag:
              generation: 3
            """,
            KindExamples.exportedStream(
                eventGeneration: "2",
                conditions: ["- type: ImportSuccess", "  status: ↓\"False\"", "  reason: NotFound", "  message: manifest unknown", "  generation: 3"]),
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              resourceVersion: "8812"
            generation: 3
            conditions:
            - type: ImportSuccess
              status: "True"
              generation: 3
            tag:
              generation: 3
            """,
            KindExamples.exportedStream(eventGeneration: "3"),
        ])

    func check(_ object: LintObject) -> [Finding] {
        object.importStatuses.flatMap(\.failures).compactMap { condition in
            guard case .value(_, let range) = condition.status else { return nil }
            let reason = condition.view.string("reason").text.flatMap { $0.isEmpty ? nil : $0 }
            let message = condition.view.string("message").text.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown error prevented import"
            let cause = [reason.map(ValueDescription.quote), ValueDescription.quote(message)].compactMap { $0 }.joined(separator: ": ")
            return finding(
                "the last import of this tag failed (\(cause)); the image shown is an older one",
                at: condition.view.path("status"), range: range)
        }
    }
}
