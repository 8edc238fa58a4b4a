/// IST312: a hand-written ImageStreamTag without `tag`.
struct TagMissingRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST312",
        name: "tag-missing",
        severity: .warning,
        summary: "A hand-written ImageStreamTag without `tag`: creating it does nothing, and updating it is refused.",
        rationale: """
            The `tag` of an ImageStreamTag is what the server stores: `Create` (openshift-apiserver \
            `pkg/image/apiserver/registry/imagestreamtag/rest.go`) writes `*istag.Tag` into the image \
            stream's spec tags, and without it adds nothing (it makes an empty image stream when there \
            is none, and answers 201 with `tag: null`). An update of a tag that is not in the stream's \
            spec is refused: `imagestreamtag 3.3 is not a spec tag in imagestream web/ruby, cannot be \
            updated` (400). The manifest is accepted and does nothing; give it a `tag` with a `from`.

            A copy of a live object (`oc get -o yaml`) may have `tag: null` for a tag that only has \
            pushed images; such copies are not reported.

            Under `apply: server` the manifest is refused outright: the server-side apply goes \
            through `update`, which answers the same 400 even when it has just made the image stream, \
            so the finding is an error there.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            ↓kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            ↓tag: null
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: web
              resourceVersion: "48213"
            tag: null
            """,
        ],
        modeExamples: [
            ModeExample(
                .server, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                ↓kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                """)
        ],
        severityByMode: [.server: .error],
        applyModeNote: """
            A warning (the manifest does nothing) under `apply: client`, `kustomize` and `create`; an \
            error under `apply: server`, whose PATCH is refused.
            """,
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        guard !object.isExport, case .absent(let anchor, let keyPresent) = object.field(["tag"]), object.reportsMissing(keyPresent: keyPresent) else {
            return []
        }
        let name = (object.name.text ?? "").split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let stream = name.first.map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "<stream>"
        let tag = name.dropFirst().first.map(String.init).flatMap { $0.isEmpty ? nil : $0 } ?? "<tag>"
        let namespace = object.namespace.text.flatMap { $0.isEmpty ? nil : $0 } ?? "<namespace>"
        if object.applyMode == .server {
            return [
                finding(
                    "this ImageStreamTag has no tag, and oc apply --server-side is refused (imagestreamtag \(tag) is not a spec tag in imagestream \(namespace)/\(stream), cannot be updated) (apply: server); add tag with a from",
                    at: object.path("tag"), range: anchor)
            ]
        }
        return [
            finding(
                "this ImageStreamTag has no tag, so creating it stores nothing and updating it is refused (imagestreamtag \(tag) is not a spec tag in imagestream \(namespace)/\(stream), cannot be updated); add tag with a from",
                at: object.path("tag"), range: anchor)
        ]
    }
}
