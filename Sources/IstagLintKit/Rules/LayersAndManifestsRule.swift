/// IST403: an image that lists both layers and sub-manifests.
struct LayersAndManifestsRule: ObjectRule {
    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST403",
        name: "layers-and-manifests",
        severity: .warning,
        summary: "`image.dockerImageLayers` and `image.dockerImageManifests` are both set.",
        rationale: """
            An image is either a single-platform image, with layers, or a manifest list (an OCI \
            index), with one sub-manifest per platform and no layers of its own: each \
            sub-manifest is a separate image with its own layers. The Image API refuses an image \
            that has both (`dockerImageLayers: Invalid value: …: dockerImageLayers should not be \
            set when dockerImageManifests is set`), and the importer never writes both.

            The server ignores `image` on an ImageStreamTag write, so this object is not refused \
            and the severity is `warning`; but the image it describes cannot exist, so the \
            object was edited by hand or assembled from two exports. Keep the sub-manifests for \
            a manifest list (`importMode: PreserveOriginal`), or the layers of the one platform \
            that was imported (`importMode: Legacy`).

            An Image written as a document of its own is refused for it on create \
            (`ValidateImage` in openshift-apiserver `pkg/image/apis/image/validation/validation.go`), \
            so there the finding is an error.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              dockerImageManifestMediaType: application/vnd.oci.image.index.v1+json
              dockerImageManifests:
              - digest: sha256:18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4
                mediaType: application/vnd.oci.image.manifest.v1+json
                manifestSize: 1024
                architecture: amd64
                os: linux
              dockerImageLayers:
              ↓- name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d
                size: 31457280
                mediaType: application/vnd.oci.image.layer.v1.tar+gzip
            """
        ].withImageForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              dockerImageManifestMediaType: application/vnd.oci.image.index.v1+json
              dockerImageManifests:
              - digest: sha256:18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4
                mediaType: application/vnd.oci.image.manifest.v1+json
                manifestSize: 1024
                architecture: amd64
                os: linux
              dockerImageLayers: []
            """
        ].withImageForms(),
        severityByKind: [.image: .error])

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        guard case .present(let layers, let range) = image.field(["dockerImageLayers"]),
            case .present(let manifests, _) = image.field(["dockerImageManifests"]),
            let layerItems = object.document.items(of: layers), !layerItems.isEmpty,
            let manifestItems = object.document.items(of: manifests), !manifestItems.isEmpty
        else { return [] }
        var path: FieldPath { image.path("dockerImageLayers") }
        let layerCount = layerItems.count == 1 ? "1 layer" : "\(layerItems.count) layers"
        let manifestCount = manifestItems.count == 1 ? "1 sub-manifest" : "\(manifestItems.count) sub-manifests"
        return [
            finding(
                "dockerImageLayers should not be set when dockerImageManifests is set: \(path) lists \(layerCount), but \(image.path("dockerImageManifests")) lists \(manifestCount), so the image is a manifest list, whose layers belong to each sub-manifest; keep one or the other",
                at: path, range: range)
        ]
    }
}
