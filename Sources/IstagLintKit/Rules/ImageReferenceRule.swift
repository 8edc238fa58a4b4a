/// IST401: an `image.dockerImageReference` that is not a pull spec, or missing from an image
/// that is described.
struct ImageReferenceRule: ObjectRule {
    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST401",
        name: "image-reference",
        severity: .warning,
        fix: .always(.safe, "lowercases the repository, or drops the URL scheme, when that makes the pull spec parse"),
        summary: "`image.dockerImageReference` is not a valid image reference, or is missing from an image that has a name, layers, manifests or signatures.",
        rationale: """
            `image` is what `oc get istag -o yaml` shows of the image a tag points at; the server \
            fills it in and ignores it on every write (it is reset to `{}` on create and keeps its \
            old value on update), so nothing there is ever refused: the severity is `warning`. But \
            the Image objects it is copied from are validated when the registry or the importer \
            creates them: `dockerImageReference` is required and must parse as an image reference \
            (`dockerImageReference: Invalid value: "…": invalid reference format`). A value that \
            breaks those rules was written or edited by hand, and tools that read the exported \
            object to pull the image (`image.dockerImageReference` is the pull spec) will fail.

            istaglint parses the reference with the same port of OpenShift's parser that checks \
            `tag.from.name` and quotes its words: `invalid reference format`, `repository name \
            must be lowercase`, `repository name must not be more than 255 characters`, \
            `invalid checksum digest format`, `invalid checksum digest length` or `unsupported \
            digest algorithm`.

            A missing reference is reported only when the image describes a real image: it has \
            `image.metadata.name` (an image's name is its digest) or lists layers, sub-manifests \
            or signatures. Every image OpenShift stores has a reference, so such an image lost it \
            in an edit. An absent `image`, the `image: {}` placeholder, and hand-made images that \
            carry only `dockerImageMetadata` (test fixtures that read image labels often do) are \
            left alone.

            An Image written as a document of its own is validated on create by `ValidateImage` \
            (openshift-apiserver `pkg/image/apis/image/validation/validation.go`): a missing \
            `dockerImageReference` is `Required value` and one that does not parse is refused, so \
            on an Image both are errors, and the reference is required whatever else the image \
            holds.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: ↓quay.io/Example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            ↓image:
              metadata:
                name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: ↓""
              dockerImageLayers:
              - name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d
                size: 31457280
                mediaType: application/vnd.oci.image.layer.v1.tar+gzip
            """,
        ].withImageForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              metadata:
                name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from: {kind: DockerImage, name: quay.io/example/ruby:3.3}
            image: {}
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: pipeline:src
            image:
              dockerImageMetadata:
                Config:
                  Labels: {vcs-ref: 96d6c74}
            """,
        ].withImageForms(upTo: 1),
        severityByKind: [.image: .error], reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        var path: FieldPath { image.path("dockerImageReference") }
        switch image.string("dockerImageReference") {
        case .invalid:
            return []
        case .value(let reference, let range):
            guard case .failure(let error) = object.imageReference?.parsed ?? ParsedReference.Outcome(parsing: reference) else { return [] }
            return [DockerImageReferenceRule.invalidReference(reference, error: error, at: path, range: range, by: self)]
        case .empty(let anchor, let keyPresent):
            guard image.reportsMissing(keyPresent: keyPresent) else { return [] }
            if object.kind == .image {
                return [
                    finding(
                        "\(path) is required: the server refuses an Image without the pull spec it was pushed or imported as (Image validation says: Required value)",
                        at: path, range: anchor)
                ]
            }
            guard let reason = Self.describedBy(image) else { return [] }
            return [
                finding(
                    "\(path) is required when the image \(reason): every image OpenShift stores has the pull spec it was pushed or imported as (Image validation says: Required value)",
                    at: path, range: anchor)
            ]
        }
    }

    /// What makes an embedded image a description of a real image, or nil for a placeholder or
    /// metadata-only image.
    static func describedBy(_ image: FieldView) -> String? {
        if case .value = image.string("metadata", "name") { return "has a name (\(image.path("metadata", "name")))" }
        let lists = [("dockerImageLayers", "lists layers"), ("dockerImageManifests", "lists sub-manifests"), ("signatures", "has signatures")]
        for (key, reason) in lists {
            if case .present(let list, _) = image.field([key]), let items = image.document.items(of: list), !items.isEmpty {
                return reason
            }
        }
        return nil
    }
}
