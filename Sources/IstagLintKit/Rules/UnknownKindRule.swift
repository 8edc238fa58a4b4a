import YAMLTree

/// IST008: a kind the image group does not serve, under an `image.openshift.io` apiVersion.
struct UnknownKindRule: DocumentRule {
    static let description = RuleDescription(
        code: "IST008",
        name: "unknown-kind",
        severity: .error,
        fix: .always(.safe, "writes the kind's spelling when only the letter case differs"),
        summary:
            "A document whose `apiVersion` is of the `image.openshift.io` group but whose `kind` is none the group serves, such as `imagestreamtag` or `ImageStreamtag`.",
        rationale: """
            Kinds are case-sensitive. Before anything is sent, `oc apply` and `oc create` map the \
            document's group, version and kind to a resource through the cluster's discovery \
            (`meta.RESTMapper.RESTMapping`, called from cli-runtime `pkg/resource/mapper.go` \
            `infoForData`), and a kind the group does not serve fails there: `resource mapping not \
            found for name: "ruby:3.3" namespace: "" from "istag.yaml": no matches for kind \
            "imagestreamtag" in version "image.openshift.io/v1"`. A document like that is not \
            skipped as another tool's file: its apiVersion says it is an image object, so it is \
            reported, with the nearest kind the group serves.

            The group serves `Image`, `ImageSignature`, `ImageStream`, `ImageStreamImage`, \
            `ImageStreamImport`, `ImageStreamMapping`, `ImageStreamTag`, `ImageTag` and their lists \
            (openshift/api `image/v1/register.go`). The finding carries a fix to the nearest kind when \
            it differs only in case.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ↓imagestreamtag
            metadata:
              name: ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ↓ImageStreamTags
            metadata:
              name: ruby:3.3
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            """,
            """
            apiVersion: apps/v1
            kind: deployment
            """,
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.hasUnknownKind, let entry = document.document.entry(forKey: "kind", in: document.root) else { return [] }
        let kind = document.kind
        let apiVersion = document.document.value(forKey: "apiVersion", in: document.root).flatMap { document.document.scalar($0) } ?? ""
        let range = document.document[entry.value].range
        var message =
            "kind \(ValueDescription.quote(kind)) is not served in \(apiVersion); oc apply refuses the document (no matches for kind \(ValueDescription.quote(kind)) in version \(ValueDescription.quote(apiVersion)))"
        var fix: Fix?
        if let nearest = EditDistance.nearest(to: kind, in: LintDocument.servedImageKinds) {
            message += "; did you mean \(ValueDescription.quote(nearest))"
            if nearest.lowercased() == kind.lowercased() { fix = Fix(range: range, replacement: nearest, applicability: .safe) }
        }
        return [finding(FindingMessage(message), at: FieldPath.root.child("kind"), range: range, fix: fix)]
    }
}
