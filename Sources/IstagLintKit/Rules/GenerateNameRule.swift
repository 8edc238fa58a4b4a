/// IST109: `metadata.generateName` on an ImageStreamTag, or an invalid one on an ImageStream.
struct GenerateNameRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST109",
        name: "generate-name",
        severity: .error,
        summary:
            "`metadata.generateName` is set on an ImageStreamTag, which cannot be created with a generated name, or is not a valid prefix (for an ImageStream, not itself a stream name).",
        rationale: """
            The name of an ImageStreamTag says which stream and which tag it is, so the server never \
            generates one: a create with `generateName` and no `name` fails with an internal error \
            (`metadata.name was not generated`), and `oc apply` refuses a manifest without a name \
            before that. With a `name` beside it, `generateName` is ignored, but the server still \
            validates it and refuses a `/` or a `%` in it. Remove it and write `name: <stream>:<tag>`.

            An ImageStream may have a generated name, but its prefix is checked as a whole stream \
            name (openshift-apiserver `ValidateImageStreamName(generateName, true)` in \
            `pkg/image/apis/image/validation/validation.go`): a prefix must itself match \
            `[a-z0-9]+(?:[._-][a-z0-9]+)*`, so the usual trailing `-` (`ruby-`) is refused.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              generateName: ↓ruby-
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              generateName: ↓ruby/
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """
        ].withImageStreamForms(),
        reportsMissingFields: true)

    static let kinds = ObjectKind.streamKinds

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let prefix, let range) = object.string("metadata", "generateName") else { return [] }
        var path: FieldPath { object.path("metadata", "generateName") }
        var reasons = KubernetesNames.pathSegmentName(prefix, prefix: true)
        // An ImageStream's prefix must itself be a stream name (ValidateImageStreamName with
        // prefix true), so the usual trailing "-" is refused.
        if object.kind == .imageStream, reasons.isEmpty, !KubernetesNames.isRepositoryNameComponent(prefix.utf8) {
            reasons.append(#"must match "[a-z0-9]+(?:[._-][a-z0-9]+)*", which the server applies to the prefix itself"#)
        }
        var findings = reasons.map { reason in
            finding("metadata.generateName \(ValueDescription.quote(prefix)) \(reason)", at: path, range: range)
        }
        if object.kind == .imageStreamTag, case .empty(_, let keyPresent) = object.name, object.reportsMissing(keyPresent: keyPresent) {
            findings.append(
                finding(
                    "metadata.generateName cannot name an ImageStreamTag (the server fails with: metadata.name was not generated); write metadata.name as <stream>:<tag>",
                    at: path, range: range))
        }
        return findings
    }
}
