/// IST406: an `image.dockerImageManifest` that is not a JSON manifest, or disagrees with the image's other fields.
struct ImageManifestJSONRule: ObjectRule {
    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST406",
        name: "image-manifest-json",
        severity: .warning,
        fix: .always(.unsafe, "writes the media type the manifest JSON declares (the JSON may be what is wrong)"),
        summary:
            "`image.dockerImageManifest` is not a JSON object, or its `mediaType` or shape disagrees with `dockerImageManifestMediaType`, `dockerImageLayers` or `dockerImageManifests`.",
        rationale: """
            `dockerImageManifest` holds the raw manifest exactly as the registry served it: a \
            JSON object whose digest is the image's name. The server ignores `image` on an \
            ImageStreamTag write, so nothing here is refused and the severity is `warning`; but \
            a manifest that is not JSON was truncated or mangled (a YAML folded scalar that \
            joined lines, a missing closing brace), and a tool that reads it from the export \
            fails.

            istaglint checks the text with a strict JSON reader that follows Go's \
            `encoding/json` (no trailing commas, no comments, no single quotes, nesting up to \
            10 000 levels) and reports the first error with its line and column inside the \
            manifest; when the manifest is written on one line without escapes, the finding \
            underlines the offending character, otherwise the whole value. When the JSON is \
            an object it also compares it with the image's other fields: a top-level string `mediaType` must equal `dockerImageManifestMediaType` \
            when both are set (the finding then points at `dockerImageManifestMediaType`, since \
            the manifest is what was signed and digested), and a manifest list (a top-level \
            `manifests` array) does not go with `dockerImageLayers`, nor an image manifest (a \
            top-level `layers` or `fsLayers` array) with `dockerImageManifests`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageManifest: '{"schemaVersion": 2, "layers": [],↓}'
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageManifestMediaType: ↓application/vnd.docker.distribution.manifest.v2+json
              dockerImageManifest: '{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "layers": []}'
            """,
        ].withImageForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageManifestMediaType: application/vnd.oci.image.manifest.v1+json
              dockerImageManifest: |
                {
                  "schemaVersion": 2,
                  "mediaType": "application/vnd.oci.image.manifest.v1+json",
                  "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "size": 1470, "digest": "sha256:cd0aa9856147b6c5b4ff2b7dfee5da20aa38253099ef1b4a64aced233c9afe29"},
                  "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "size": 31457280, "digest": "sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d"}]
                }
            """
        ].withImageForms())

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        guard case .value(let manifest, let range) = image.string("dockerImageManifest") else { return [] }
        var path: FieldPath { image.path("dockerImageManifest") }
        let summary: JSONSummary
        switch JSONScanner.scan(manifest) {
        case .failure(let error):
            let isOneLine = !manifest.contains("\n")
            let place = isOneLine ? "column \(error.column)" : "line \(error.line), column \(error.column)"
            // On one line the offending character can be underlined (exactly when the scalar has
            // no escapes; `ScalarSlice` falls back to the whole value otherwise).
            let errorRange =
                isOneLine && error.offset < manifest.utf8.count
                ? ScalarSlice.range(of: manifest, in: range, from: error.column - 1, length: 1) : range
            return [
                finding(
                    "\(path) is not valid JSON: \(error.message) at \(place) of the manifest; it must be the manifest exactly as the registry serves it",
                    at: path, range: errorRange)
            ]
        case .success(let result):
            summary = result
        }
        guard summary.root == .object else {
            return [
                finding(
                    "\(path) is JSON \(ValueDescription.article(for: summary.root.rawValue)) \(summary.root.rawValue), not an object: a manifest is a JSON object",
                    at: path, range: range)
            ]
        }
        var findings: [Finding] = []
        if let member = summary.members["mediaType"], let jsonType = member.string,
            case .value(let declared, let declaredRange) = image.string("dockerImageManifestMediaType"), declared != jsonType
        {
            var declaredPath: FieldPath { image.path("dockerImageManifestMediaType") }
            findings.append(
                finding(
                    "\(declaredPath) \(ValueDescription.quote(declared)) is not the media type of \(path), which says \(ValueDescription.quote(jsonType)); write \(ValueDescription.quote(jsonType))",
                    at: declaredPath, range: declaredRange,
                    fix: ContentDescriptor.mediaTypeConforms(jsonType)
                        ? Fix(range: declaredRange, replacement: YAMLQuoting.doubleQuoted(jsonType), applicability: .unsafe) : nil))
        }
        let isList = summary.members["manifests"]?.kind == .array
        let layersKey = ["layers", "fsLayers"].first { summary.members[$0]?.kind == .array }
        if isList, let count = listCount(image, "dockerImageLayers") {
            findings.append(
                finding(
                    "\(path) is a manifest list (it has a top-level \"manifests\" array), but \(image.path("dockerImageLayers")) lists \(count) of its own; a manifest list has no layers",
                    at: path, range: range))
        } else if let layersKey, !isList, let count = listCount(image, "dockerImageManifests") {
            findings.append(
                finding(
                    "\(path) is an image manifest (it has a top-level \"\(layersKey)\" array), but \(image.path("dockerImageManifests")) lists \(count); only a manifest list has sub-manifests",
                    at: path, range: range))
        }
        return findings
    }

    /// "3 layers" / "1 sub-manifest" for a non-empty list of the image, or nil.
    private func listCount(_ image: FieldView, _ key: String) -> String? {
        guard case .present(let list, _) = image.field([key]), let items = image.document.items(of: list), !items.isEmpty else { return nil }
        let noun = key == "dockerImageLayers" ? "layer" : "sub-manifest"
        return "\(items.count) \(noun)\(items.count == 1 ? "" : "s")"
    }
}
