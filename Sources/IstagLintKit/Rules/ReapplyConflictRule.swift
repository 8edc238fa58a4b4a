import YAMLTree

/// IST311: a manifest that the first apply accepts and every later apply refuses.
struct ReapplyConflictRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST311",
        name: "reapply-conflict",
        severity: .warning,
        summary:
            "A manifest that applies once and fails on the next apply: a `reference: true` DockerImage tag, a tag without `from`, a kept `metadata.resourceVersion`, or any ImageStreamTag under server-side apply.",
        rationale: """
            Client-side `oc apply` first GETs the object, then PATCHes it when it exists or POSTs it \
            when it does not (kubectl `pkg/cmd/apply/apply.go`, `applyOneObject`). GitOps tools do \
            the same on every sync. An ImageStreamTag exists for a GET only while its tag has an \
            image: `imageFor` (openshift-apiserver `pkg/image/apiserver/registry/imagestreamtag/rest.go`) \
            answers `imagestreamtags.image.openshift.io "ruby:3.3" not found` when the newest status \
            event of the tag has no image. Two kinds of tag never get one: a `DockerImage` source with \
            `reference: true` (the stream records the pull spec, not an image), and a tag without \
            `from`. For those the second apply GETs 404, POSTs, and `Create` refuses because the spec \
            tag is there: `imagestreamtag.image.openshift.io "ruby:3.3" already exists` (409). Keep such \
            tags in an ImageStream's `spec.tags`, which applies again and again.

            A `metadata.resourceVersion` kept in the file (an `oc get -o yaml` copy, say) is sent with \
            every apply, and `update` in the same file refuses it as soon as the image stream has \
            changed, which every import does: `Operation cannot be fulfilled on \
            imagestreamtags.image.openshift.io "ruby:3.3": another caller has updated the resource \
            version to 48213` (409). Remove it. A whole copy of a live object (with `uid` and \
            `creationTimestamp` as well) is judged as a record of that object, like its other \
            server-populated fields, and is not reported; a manifest that dropped those and kept \
            `resourceVersion` is.

            Server-side apply (`oc apply --server-side`, as Flux applies) sends one PATCH, which \
            the ImageStreamTag storage turns into its `update` whether or not the tag exists. While \
            the image stream does not exist that creates it; once it exists, the server's field \
            manager adds `metadata.managedFields` to the object, and \
            `ValidateImageStreamTagUpdateWithWhitelister` (openshift-apiserver \
            `pkg/image/apis/image/validation/validation.go`) compares everything but annotations, \
            `tag`, `lookupPolicy` and `generation` with a stored object that has none: `metadata: \
            Invalid value: "": may not update fields other than metadata.annotations` (422), on the \
            next apply and on the first apply of a tag into a stream that already exists. Under \
            `apply: server` every ImageStreamTag gets this warning: manage tags through the \
            ImageStream's `spec.tags`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              reference: ↓true
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            ↓tag:
              name: "3.3"
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              resourceVersion: ↓"48213"
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
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
            tag:
              reference: true
              from:
                kind: ImageStreamTag
                name: ruby:3.2
            """,
        ],
        modeExamples: [
            ModeExample(
                .create, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  reference: true
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
            ModeExample(
                .client, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  resourceVersion: "48213"
                  uid: 6f1b8a52-55b8-4f0e-9c43-2a4b5e0f9d11
                  creationTimestamp: "2024-05-01T10:00:00Z"
                tag:
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
            ModeExample(
                .server, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ↓ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
            ModeExample(
                .server, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTagList
                items: []
                """),
            ModeExample(
                .kustomize, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  reference: ↓true
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
        ],
        applyModeNote: """
            The tag and `resourceVersion` findings are reported under `apply: client` and \
            `apply: kustomize`, which apply the same manifest again and again; `oc create` sends it \
            once, so under `apply: create` nothing is reported. Under `apply: server` each \
            ImageStreamTag is reported once, at its `kind`, since every later server-side apply of it \
            is refused whatever it holds.
            """,
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        let mode = object.applyMode
        if mode == .server {
            let range =
                object.document.entry(forKey: "kind", in: object.node).map { object.document[$0.value].range }
                ?? SourceRange(at: object.document[object.node].range.start)
            return [
                finding(
                    "oc apply --server-side of an ImageStreamTag is refused once its image stream exists, on the next apply and on every one after it (metadata: Invalid value: \"\": may not update fields other than metadata.annotations), because the managedFields it adds count as a change (apply: server); keep the tag in the ImageStream's spec.tags",
                    at: object.path("kind"), range: range)
            ]
        }
        guard mode.reapplies else { return [] }
        // Spelled out only for a finding.
        var name: String {
            let text = object.name.text ?? ""
            return text.isEmpty ? "\"<stream>:<tag>\"" : ValueDescription.quote(text)
        }
        var findings: [Finding] = []
        if case .present(let node, let range) = object.field(["metadata", "resourceVersion"]),
            !object.has("metadata", "uid"), !object.has("metadata", "creationTimestamp")
        {
            let version = object.document.scalar(node).map(ValueDescription.quote) ?? "it"
            findings.append(
                finding(
                    "metadata.resourceVersion \(version) is sent with every \(mode.command), and the server refuses it once the image stream has changed, which every import does (Operation cannot be fulfilled on imagestreamtags.image.openshift.io \(name): another caller has updated the resource version); remove it",
                    at: object.path("metadata", "resourceVersion"), range: range))
        }
        guard case .present = object.field(["tag"]), let tagKey = object.rootEntry(forKey: "tag")?.key else { return findings }
        var conflict: String {
            "the next \(mode.command) finds no ImageStreamTag (GET 404), creates it again and is refused (imagestreamtag.image.openshift.io \(name) already exists) (\(mode.setting)); keep this tag in an ImageStream's spec.tags instead"
        }
        if case .absent(_, let keyPresent) = object.field(["tag", "from"]) {
            // A patch that leaves tag.from out keeps the base's.
            guard object.reportsMissing(keyPresent: keyPresent) else { return findings }
            findings.append(finding("tag has no from, so it never gets an image: \(conflict)", at: object.path("tag"), range: object.document[tagKey].range))
        } else if object.bool("tag", "reference") == true, case .value("DockerImage", _) = object.string("tag", "from", "kind"),
            case .present(_, let range) = object.field(["tag", "reference"])
        {
            findings.append(
                finding(
                    "tag.reference: true on a DockerImage source records the pull spec, never an image: \(conflict)",
                    at: object.path("tag", "reference"), range: range))
        }
        return findings
    }
}
