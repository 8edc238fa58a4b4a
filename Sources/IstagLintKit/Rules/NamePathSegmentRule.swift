/// IST105: a name that is `.` or `..`, or contains `/` or `%`.
struct NamePathSegmentRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST105",
        name: "name-path-segment",
        severity: .error,
        summary: "`metadata.name` is `.` or `..`, or contains `/` or `%`.",
        rationale: """
            A name is a segment of the object's URL, so the server refuses names that would break the \
            path: `metadata.name: Invalid value: "web/ruby:3.3": may not contain '/'` (one error for \
            `/`, one for `%`), and the names `.` and `..`. A slash usually means the namespace was \
            written into the name: put it in `metadata.namespace` instead.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓web/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓".."
            """,
        ].withEveryKindForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: web
            """
        ].withEveryKindForms())

    static let kinds = ObjectKind.allCases

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let name, let range) = object.name else { return [] }
        return KubernetesNames.pathSegmentName(name, prefix: false).map { reason in
            var message = "metadata.name \(ValueDescription.quote(name)) \(reason)"
            if name.contains("/") {
                message += "; put the namespace in metadata.namespace" + (object.kind == .imageStreamTag ? " and name the object <stream>:<tag>" : "")
            }
            return finding(FindingMessage(message), at: object.path("metadata", "name"), range: range)
        }
    }
}
