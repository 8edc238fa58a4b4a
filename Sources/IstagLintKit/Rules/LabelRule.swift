import YAMLTree

/// IST110: label keys and values that Kubernetes refuses.
struct LabelRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST110",
        name: "label-format",
        severity: .error,
        summary: "A `metadata.labels` key that is not a qualified name, or a value that is not a valid label value.",
        rationale: """
            Label keys are qualified names: an optional DNS subdomain prefix and `/`, then at most 63 \
            letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit. Values are \
            empty or follow the same rules for the name part, at most 63 characters. The server \
            refuses the object with Kubernetes' own messages, which the finding quotes. The finding's \
            path is `metadata.labels`, as the server reports it; the range points at the key or value.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              labels:
                ↓app.kubernetes.io/name/extra: ruby
                team: ↓web apps
            """
        ].withEveryKindForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              labels:
                app.kubernetes.io/name: ruby
                team: web-apps
                empty: ""
            """
        ].withEveryKindForms())

    static let kinds = ObjectKind.allCases

    func check(_ object: LintObject) -> [Finding] {
        var path: FieldPath { object.path("metadata", "labels") }
        return StringMapEntries.of(object.root, "metadata", "labels").flatMap { entry -> [Finding] in
            let keyFindings = KubernetesNames.qualifiedName(entry.key).map { reason in
                finding("label key \(ValueDescription.quote(entry.key)) is invalid: \(reason)", at: path, range: entry.keyRange)
            }
            guard let value = entry.value, let valueRange = entry.valueRange else { return keyFindings }
            return keyFindings
                + KubernetesNames.labelValue(value).map { reason in
                    finding(
                        "label value \(ValueDescription.quote(value)) of \(ValueDescription.quote(entry.key)) is invalid: \(reason)", at: path,
                        range: valueRange)
                }
        }
    }
}
