/// IST309: `metadata.annotations` that a create drops.
struct AnnotationsDroppedRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST309",
        name: "annotations-dropped",
        severity: .warning,
        summary: "`metadata.annotations` without the same map in `tag.annotations`: a create drops them.",
        rationale: """
            An ImageStreamTag stores its annotations in the image stream's spec tag. When the \
            ImageStreamTag is created, the server copies `tag` into the stream as it is and does not \
            copy `metadata.annotations` (openshift-apiserver `imagestreamtag/rest.go` `Create`: \
            `target.Spec.Tags[imageTag] = *istag.Tag`), so annotations that are only in `metadata` are \
            lost (with `tag: null` they are lost whatever you write). An update stores them \
            (`update`: `tagRef.Annotations = imageStreamTag.Annotations`), which makes the result \
            depend on whether the object existed.

            What to do depends on how the manifest is applied. Under `apply: create`, repeat the map \
            in `tag.annotations`: the server accepts it when the two are equal. Under \
            `apply: client` (and `kustomize`) that copy is refused (see IST208), because kubectl adds \
            its last-applied annotation to `metadata.annotations` alone: the first apply drops the \
            annotations, and the next apply stores them once the tag has an image (before that it \
            fails, see IST311). Under `apply: server` nothing is reported: a server-side apply goes \
            through `update`, which stores `metadata.annotations` in the tag (and which has its own \
            trouble, see IST311).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              ↓annotations:
                description: Ruby 3.3 on UBI 9
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """
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
            """
        ],
        modeExamples: [
            ModeExample(
                .create, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  ↓annotations:
                    description: Ruby 3.3 on UBI 9
                tag:
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
            ModeExample(
                .create, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  annotations:
                    description: Ruby 3.3 on UBI 9
                tag:
                  annotations:
                    description: Ruby 3.3 on UBI 9
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
            ModeExample(
                .server, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  annotations:
                    description: Ruby 3.3 on UBI 9
                tag:
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
        ],
        applyModeNote: """
            Not reported under `apply: server`, whose PATCH stores the annotations. Under \
            `apply: create` the advice is to repeat the map in `tag.annotations`; under `apply: client` \
            and `kustomize`, where that copy is refused, it says the next apply stores them.
            """,
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        guard !object.isExport, object.applyMode != .server, !StringMapEntries.of(object.root, "metadata", "annotations").isEmpty,
            case .present(let metadata, _) = object.field(["metadata"]),
            let key = object.document.entry(forKey: "annotations", in: metadata)?.key,
            !object.has("tag", "annotations"),
            // A patch that leaves tag.annotations out keeps the base's.
            object.reportsMissing(object.field(["tag", "annotations"]))
        else { return [] }
        let why = object.has("tag") ? "tag.annotations does not repeat them" : "there is no tag"
        let mode = object.applyMode
        let message =
            mode.addsLastAppliedAnnotation
            ? "metadata.annotations are dropped when the first \(mode.command) creates this ImageStreamTag (the create stores only tag), and stored by the next apply once the tag has an image; copying them into tag.annotations does not help, since \(mode.command) refuses that (\(mode.setting))"
            : "metadata.annotations are dropped when this ImageStreamTag is created, because \(why); repeat the same map in tag.annotations"
        return [
            finding(
                FindingMessage(message),
                at: object.path("metadata", "annotations"), range: object.document[key].range)
        ]
    }
}
