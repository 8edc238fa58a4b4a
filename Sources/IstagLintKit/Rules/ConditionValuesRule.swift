/// IST305: a condition whose type or status is not one the server writes.
struct ConditionValuesRule: ObjectRule {
    /// The condition types of an ImageStreamTag.
    public static let validTypes = SchemaCatalog.tagConditionTypes
    /// The condition statuses Kubernetes defines.
    public static let validStatuses = SchemaCatalog.conditionStatuses

    static let kinds = ObjectKind.streamKinds

    static let description = RuleDescription(
        code: "IST305",
        name: "condition-values",
        severity: .warning,
        fix: .nearest("writes the nearest valid value, quoted"),
        summary: "A `conditions` entry whose `type` is not `ImportSuccess` or whose `status` is not `True`, `False` or `Unknown`.",
        rationale: """
            The only condition an ImageStreamTag carries is `ImportSuccess`, and a condition's status \
            is `True`, `False` or `Unknown`, compared case-sensitively. The server replaces \
            `conditions` on every write, so a wrong value is not refused, but it is not what any \
            cluster wrote either: the manifest was edited by hand or generated wrongly, and tools \
            that read it (or this linter's import-status rules) will misread it.

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
            - type: ↓ImportFailed
              status: ↓"false"
              generation: 3
            """,
            KindExamples.exportedStream(eventGeneration: "3", conditions: ["- type: ↓ImportSucess", "  status: ↓\"false\"", "  generation: 3"]),
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
              status: Unknown
              generation: 3
            """,
            KindExamples.exportedStream(eventGeneration: "3", conditions: ["- type: ImportSuccess", "  status: Unknown", "  generation: 3"]),
        ],
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        for condition in object.importStatuses.flatMap(\.conditions) {
            var path: FieldPath { condition.view.path }
            findings += check(condition.type, field: "type", valid: Self.validTypes, at: path.child("type"), in: object)
            findings += check(condition.status, field: "status", valid: Self.validStatuses, at: path.child("status"), in: object)
        }
        return findings
    }

    private func check(_ value: StringField, field: String, valid: [String], at path: FieldPath, in object: LintObject) -> [Finding] {
        let allowed = valid.map { "\"\($0)\"" }.joined(separator: ", ")
        switch value {
        case .invalid:
            return []
        case .empty(let anchor, let keyPresent):
            guard object.reportsMissing(keyPresent: keyPresent) else { return [] }
            return [finding("\(path) is required: \(allowed)", at: path, range: anchor)]
        case .value(let text, let range):
            guard !valid.contains(text) else { return [] }
            var message = "\(path) \(ValueDescription.quote(text)) is not a condition \(field) the server writes: \(allowed)"
            var fix: Fix?
            if let nearest = EditDistance.nearest(to: text, in: valid) {
                message += "; did you mean \"\(nearest)\""
                fix = Fix.nearest(nearest, for: text, at: range, quoted: true)
            }
            return [finding(FindingMessage(message), at: path, range: range, fix: fix)]
        }
    }
}
