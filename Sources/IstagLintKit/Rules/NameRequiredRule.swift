/// IST104: an ImageStreamTag without `metadata.name`.
struct NameRequiredRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST104",
        name: "name-required",
        severity: .error,
        summary: "`metadata.name` is missing, null or empty.",
        rationale: """
            The server refuses an object without a name (`metadata.name: Required value: name or \
            generateName is required`), and `oc apply` cannot even look the object up. An \
            ImageStreamTag is named `<stream>:<tag>`: the image stream it belongs to and the tag in \
            it. (`generateName` does not help: ImageStreamTags cannot be created with a generated \
            name; see `generate-name`, IST109.)

            The finding points at `metadata:` when `name` is missing, at `name` when it is empty, and \
            at `kind` when there is no `metadata` at all.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            ↓metadata:
              namespace: web
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓""
            """,
            """
            apiVersion: image.openshift.io/v1
            ↓kind: ImageStreamTag
            tag:
              from: {kind: DockerImage, name: quay.io/example/ruby}
            """,
        ].withEveryKindForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """
        ].withEveryKindForms(),
        reportsMissingFields: true)

    static let kinds = ObjectKind.allCases

    func check(_ object: LintObject) -> [Finding] {
        guard case .empty(let anchor, let keyPresent) = object.name, object.reportsMissing(keyPresent: keyPresent) else { return [] }
        if case .value = object.string("metadata", "generateName") { return [] }
        return [
            finding(
                "metadata.name is required\(object.kind == .imageStreamTag ? ", as <stream>:<tag>" : "") (the server says: name or generateName is required)",
                at: object.path("metadata", "name"), range: anchor)
        ]
    }
}
