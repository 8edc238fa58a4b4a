/// IST208: `tag.annotations` that differ from `metadata.annotations`.
struct TagAnnotationsRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST208",
        name: "tag-annotations",
        severity: .error,
        summary: "`tag.annotations` is set and differs from `metadata.annotations`, or is set at all under client-side `oc apply`.",
        rationale: """
            An ImageStreamTag's annotations live in the image stream's spec tag, and the server keeps \
            the two places in step. On create, `ValidateImageStreamTagWithWhitelister` \
            (openshift-apiserver `pkg/image/apis/image/validation/validation.go`) refuses a \
            `tag.annotations` that is not null and not semantically equal to `metadata.annotations` \
            (an empty map equals no annotations): `tag.annotations: Invalid value: "<map>": tag \
            annotations must not be provided or must be equal to the object meta annotations`.

            Client-side `oc apply` (and `oc apply -k`) creates the object with one more annotation \
            than the file has: `kubectl.kubernetes.io/last-applied-configuration`, which kubectl \
            `pkg/cmd/apply/apply.go` `applyOneObject` writes into `metadata.annotations` only \
            (`util.CreateApplyAnnotation`). The two maps then never match, so under `apply: client` \
            and `apply: kustomize` any `tag.annotations` that is not null is refused on the first \
            apply, even `{}` and even an exact copy of `metadata.annotations`. Leave it out (or null): \
            on an update the server copies `metadata.annotations` into the tag itself \
            (`imagestreamtag/strategy.go` `PrepareForUpdate`).

            `oc create -f` and `oc apply --server-side` send the file as written, so there a copy of \
            `metadata.annotations` (or `{}` when there are none) is accepted (server-side apply has \
            trouble of its own with ImageStreamTags, see IST311).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3
            tag:
              annotations: ↓{description: Ruby}
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3
            tag:
              annotations:
                ↓description: Ruby 3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              annotations: ↓{}
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3
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
              annotations: null
            """,
        ],
        modeExamples: [
            ModeExample(
                .create, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  annotations:
                    description: Ruby 3.3
                tag:
                  annotations: ↓{description: Ruby}
                """),
            ModeExample(
                .server, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  annotations:
                    ↓description: Ruby 3.3
                """),
            ModeExample(
                .kustomize, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  annotations: ↓{}
                """),
            ModeExample(
                .create, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  annotations:
                    description: Ruby 3.3
                tag:
                  annotations:
                    description: Ruby 3.3
                """),
            ModeExample(
                .server, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  annotations: {}
                """),
        ],
        applyModeNote: """
            Under `apply: client` and `apply: kustomize` any `tag.annotations` that is not null is an \
            error, because kubectl adds the last-applied annotation to `metadata.annotations` alone. \
            Under `apply: server` and `apply: create` only a `tag.annotations` that differs from \
            `metadata.annotations` is.
            """,
        reportsMissingFields: true)

    /// An ImageStreamTag's own rule: its `tag.annotations` against its `metadata.annotations`.
    static let kinds: [ObjectKind] = [.imageStreamTag]

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .present(_, let range) = tag.view.field("annotations") else { return [] }
        if object.applyMode.addsLastAppliedAnnotation {
            return [
                finding(
                    "tag.annotations must not be provided or must be equal to the object meta annotations, and \(object.applyMode.command) (\(object.applyMode.setting)) adds kubectl.kubernetes.io/last-applied-configuration to metadata.annotations only, so the create is refused even for a copy or {}: leave tag.annotations out; the server copies metadata.annotations into the tag on update",
                    at: tag.view.path("annotations"), range: range)
            ]
        }
        let metadataAnnotations = object.field(["metadata", "annotations"])
        if case .invalid = metadataAnnotations { return [] }
        // A patch that leaves metadata.annotations out keeps the base's, which may be the same.
        guard object.reportsMissing(metadataAnnotations) else { return [] }
        let tagEntries = StringMapEntries.of(tag.view, "annotations")
        let metadataEntries = StringMapEntries.of(object.root, "metadata", "annotations")
        guard tagEntries.allSatisfy({ $0.value != nil }), metadataEntries.allSatisfy({ $0.value != nil }) else { return [] }
        let tagMap = Dictionary(tagEntries.map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let metadataMap = Dictionary(metadataEntries.map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { $1 })
        guard tagMap != metadataMap else { return [] }
        let differing = Set(tagMap.keys).union(metadataMap.keys).filter { tagMap[$0] != metadataMap[$0] }.sorted()
        let keys = differing.prefix(3).map { ValueDescription.quote($0) }.joined(separator: ", ") + (differing.count > 3 ? ", …" : "")
        return [
            finding(
                "tag.annotations must not be provided or must be equal to the object meta annotations; they differ in \(keys): leave tag.annotations out, or repeat metadata.annotations there",
                at: tag.view.path("annotations"), range: range)
        ]
    }
}
