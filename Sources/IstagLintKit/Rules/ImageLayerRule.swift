import YAMLTree

/// IST402: an `image.dockerImageLayers` entry whose name, size or media type is missing or malformed.
struct ImageLayerRule: ObjectRule {
    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST402",
        name: "image-layer",
        severity: .warning,
        fix: .always(.unsafe, "writes the nearest known media type, a guess"),
        summary:
            "An `image.dockerImageLayers` entry lacks its `name`, `size` or `mediaType`, or its name is not a digest, its size is negative or its media type is not `type/subtype`.",
        rationale: """
            Each layer of an image is a blob in the registry, named by its digest \
            (`sha256:` and 64 hex digits), with its size in bytes and its media type \
            (`application/vnd.oci.image.layer.v1.tar+gzip`, \
            `application/vnd.docker.image.rootfs.diff.tar.gzip`, …). The API lists all three \
            fields as required, and the importer and the integrated registry always write them. \
            The server ignores `image` on an ImageStreamTag write, so nothing is refused and the \
            severity is `warning`; but a layer that breaks these rules was written by hand, and \
            tools that read the exported object (image size, pruning, mirroring) see nonsense.

            The name is checked with the digest rules of OpenShift's image-reference parser, \
            anchored (nothing before or after the digest), and the finding quotes its words: \
            `invalid checksum digest format`, `unsupported digest algorithm` or `invalid checksum \
            digest length`. The media type is checked with the pattern the Image API uses for \
            manifest media types (`imageMediaTypeRegexp`, RFC 6838: `type/subtype`, letters, \
            digits and `!#$&^_-` in the type, also `.` and `+` in the subtype), and the finding \
            offers the nearest well-known layer media type. A size that is not an integer is the \
            wrong-type rule's (IST102).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              dockerImageLayers:
              - name: ↓sha256:3e23e816
                size: ↓-1
                mediaType: ↓application/vnd.oci.image.layer.v1.tar gzip
              - ↓↓mediaType: application/vnd.oci.image.layer.v1.tar+gzip
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
              dockerImageLayers:
              - name: sha256:3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d
                size: 31457280
                mediaType: application/vnd.oci.image.layer.v1.tar+gzip
              - name: sha256:2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6
                size: 0
                mediaType: application/vnd.docker.image.rootfs.diff.tar.gzip
            """
        ].withImageForms(),
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        var findings: [Finding] = []
        for layer in image.items("dockerImageLayers") {
            // Each field gives at most one finding, and a sound layer none: no array per layer.
            if let finding = nameFinding(layer) { findings.append(finding) }
            if let finding = sizeFinding(layer) { findings.append(finding) }
            if let finding = mediaTypeFinding(layer) { findings.append(finding) }
        }
        return findings
    }

    // The name and the media type are checked on their bytes in place: an export lists
    // dozens of layers, and a string made for each would cost more than the check.

    private func nameFinding(_ layer: FieldView) -> Finding? {
        var path: FieldPath { layer.path("name") }
        switch layer.stringNode("name") {
        case .invalid:
            return nil
        case .empty(let anchor, let keyPresent):
            guard layer.reportsMissing(keyPresent: keyPresent) else { return nil }
            return finding("\(path) is required: a layer is named by its blob digest, \(ContentDescriptor.digestForm)", at: path, range: anchor)
        case .value(let id, let range):
            let document = layer.document
            guard let problem = document.withText(of: id, DigestValidation.error(in:)) ?? nil else { return nil }
            let name = document.text(of: id) ?? ""
            return finding(
                "\(path) \(ValueDescription.quote(name)) is not a layer digest (\(problem)): a layer is named by its blob digest, \(ContentDescriptor.digestForm)",
                at: path, range: range)
        }
    }

    private func sizeFinding(_ layer: FieldView) -> Finding? {
        var path: FieldPath { layer.path("size") }
        switch layer.field(["size"]) {
        case .invalid:
            return nil
        case .absent(let anchor, let keyPresent):
            guard layer.reportsMissing(keyPresent: keyPresent) else { return nil }
            return finding("\(path) is required: the size of the layer's blob in bytes", at: path, range: anchor)
        case .present(let id, let range):
            guard let size = FieldView.int(at: id, in: layer.document), size < 0 else { return nil }
            return finding("\(path) \(size) is negative: a layer's size is its blob's length in bytes, 0 or more", at: path, range: range)
        }
    }

    private func mediaTypeFinding(_ layer: FieldView) -> Finding? {
        var path: FieldPath { layer.path("mediaType") }
        switch layer.stringNode("mediaType") {
        case .invalid:
            return nil
        case .empty(let anchor, let keyPresent):
            guard layer.reportsMissing(keyPresent: keyPresent) else { return nil }
            return finding(
                "\(path) is required: the layer's media type, such as \"application/vnd.oci.image.layer.v1.tar+gzip\"",
                at: path, range: anchor)
        case .value(let id, let range):
            let document = layer.document
            guard document.withText(of: id, ContentDescriptor.mediaTypeConforms(bytes:)) == false, let mediaType = document.text(of: id),
                let problem = ContentDescriptor.mediaTypeProblem(mediaType, at: path, known: ContentDescriptor.layerMediaTypes)
            else { return nil }
            return finding(
                FindingMessage(problem.message), at: path, range: range,
                fix: problem.replacement.map { Fix(range: range, replacement: $0, applicability: .unsafe) })
        }
    }
}
