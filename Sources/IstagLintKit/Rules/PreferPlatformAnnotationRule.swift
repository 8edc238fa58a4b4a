/// IST510: importer platform annotations where they cannot take effect.
struct PreferPlatformAnnotationRule: ObjectRule {
    /// The annotations the importer reads to pick a platform from a manifest list.
    public static let annotations = ["importer.image.openshift.io/prefer-arch", "importer.image.openshift.io/prefer-os"]

    static let description = RuleDescription(
        code: "IST510",
        name: "prefer-platform-ineffective",
        severity: .warning,
        summary: "`importer.image.openshift.io/prefer-arch` or `prefer-os` on a tag where the importer never reads it.",
        rationale: """
            When a tag imports one image of a manifest list (import mode `Legacy`), the importer picks \
            the platform from the spec tag's `importer.image.openshift.io/prefer-arch` and \
            `prefer-os` annotations. It reads them only for a `DockerImage` source that is imported \
            (`reference` false), by tag rather than digest, in `Legacy` mode: with `PreserveOriginal` \
            the whole list is imported, a digest names one manifest already, and other sources \
            import nothing. Elsewhere the annotation is dead weight that suggests a platform choice \
            that does not happen.

            The annotations that reach the spec tag are `tag.annotations` when it is set. Under \
            `apply: client` and `kustomize`, where `tag.annotations` cannot be set (IST208), they are \
            `metadata.annotations`, which the server copies into the tag on the next apply \
            (`imagestreamtag/strategy.go` `PrepareForUpdate`), so those are checked there; a \
            server-side apply stores them too (`imagestreamtag/rest.go` `update`).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                importer.image.openshift.io/prefer-arch: ↓arm64
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              importPolicy:
                importMode: PreserveOriginal
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                importer.image.openshift.io/prefer-arch: arm64
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
                  annotations:
                    importer.image.openshift.io/prefer-arch: arm64
                tag:
                  annotations:
                    importer.image.openshift.io/prefer-arch: ↓arm64
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3@sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
                """),
            ModeExample(
                .create, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  annotations:
                    importer.image.openshift.io/prefer-arch: arm64
                tag:
                  annotations:
                    importer.image.openshift.io/prefer-arch: arm64
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:3.3
                """),
        ],
        applyModeNote: """
            Under `apply: client`, `kustomize` and `server` the annotations are read from \
            `metadata.annotations` when `tag.annotations` is not set (an update, and a server-side \
            apply, store them in the tag); under `apply: create` only from `tag.annotations`.
            """,
        tags: ["best-practice"],
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        // The annotations that reach the spec tag (see the rationale).
        let storesMetadata = object.applyMode.addsLastAppliedAnnotation || object.applyMode == .server
        let place = !object.has("tag", "annotations") && storesMetadata ? "metadata" : "tag"
        let found = StringMapEntries.of(object.root, place, "annotations").filter { Self.annotations.contains($0.key) }
        guard !found.isEmpty, let why = reasonIgnored(object) else { return [] }
        return found.compactMap { entry in
            guard let range = entry.valueRange else { return nil }
            return finding(
                "\(place).annotations[\(entry.key)] is never read: \(why)",
                at: object.path(place, "annotations").key(entry.key), range: range)
        }
    }

    private func reasonIgnored(_ object: LintObject) -> String? {
        let kind = object.string("tag", "from", "kind")
        // A patch that leaves the source out keeps the base's, which may be a DockerImage.
        if case .empty(_, let keyPresent) = kind, !object.reportsMissing(keyPresent: keyPresent) { return nil }
        guard case .value("DockerImage", _) = kind else {
            return "the importer reads it only for a DockerImage source"
        }
        if object.bool("tag", "reference") == true { return "a reference: true tag is not imported" }
        if case .value("PreserveOriginal", _) = object.string("tag", "importPolicy", "importMode") {
            return "importMode PreserveOriginal imports every platform of the manifest list"
        }
        if let source = object.tag?.dockerImageSource, source.hasDigest { return "a digest already names one manifest" }
        return nil
    }
}
