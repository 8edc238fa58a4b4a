/// IST108: a namespace that is not a DNS-1123 label.
struct NamespaceRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST108",
        name: "namespace",
        severity: .error,
        summary: "`metadata.namespace` is not a DNS-1123 label.",
        rationale: """
            Namespaces are DNS-1123 labels: at most 63 lowercase letters, digits and `-`, starting \
            and ending with a letter or digit. The server refuses anything else with Kubernetes' own \
            message (`a lowercase RFC 1123 label must consist of lower case alphanumeric characters \
            or '-', ...`). Leaving `namespace` out is fine: `oc apply` uses the current project or \
            `-n`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: ↓Web_Apps
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: ↓web.apps
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: web-apps-2
            """
        ].withImageStreamForms())

    static let kinds = ObjectKind.streamKinds

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let namespace, let range) = object.namespace else { return [] }
        return KubernetesNames.dns1123Label(namespace).map { reason in
            finding("metadata.namespace \(ValueDescription.quote(namespace)) is invalid: \(reason)", at: object.path("metadata", "namespace"), range: range)
        }
    }
}
