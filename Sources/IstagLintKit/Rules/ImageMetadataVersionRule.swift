/// IST405: an `image.dockerImageMetadataVersion` the server cannot decode `dockerImageMetadata` with.
struct ImageMetadataVersionRule: ObjectRule {
    /// The versions of the DockerImage metadata type the server knows ("" means "1.0").
    public static let knownVersions = ["1.0", "pre012"]

    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST405",
        name: "image-metadata-version",
        severity: .error,
        fix: .nearest("writes the nearest known version, quoted"),
        summary: "`image.dockerImageMetadataVersion` is not `1.0` or `pre012` while `image.dockerImageMetadata` is set.",
        rationale: """
            Unlike the rest of `image`, which the server ignores on an ImageStreamTag write, \
            `image.dockerImageMetadata` is read on every create and update: converting the \
            request to the server's internal form decodes it as a `DockerImage` of version \
            `image.dockerImageMetadataVersion`, before any validation and before the server \
            throws `image` away. Only two versions exist, `1.0` (also what an empty or missing \
            version means) and `pre012`; any other version fails that decoding \
            (`no kind "DockerImage" is registered for version "…"`) and the whole request is \
            refused with HTTP 400. So this one image rule is an `error`: an export with a stray \
            version can never be applied back.

            The version only matters when there is metadata to decode: a version without \
            `dockerImageMetadata`, or with `dockerImageMetadata: null`, is not read \
            (`Convert_v1_Image_To_image_Image` in openshift-apiserver \
            `pkg/image/apis/image/v1/conversion.go` decodes only when the raw metadata is not \
            empty). Reading an image back (`Convert_image_Image_To_v1_Image`) encodes the metadata \
            with the version whether or not there is any, but an ImageStreamTag never stores the \
            `image` it is sent: `PrepareForCreate` empties it and `PrepareForUpdate` keeps the old \
            one (`imagestreamtag/strategy.go`), so on an ImageStreamTag such a version is dropped \
            with the rest of `image` (IST307). Metadata that is not a mapping at all, or whose \
            fields have the wrong type (`Created` that is not a time, `Size` that is not a \
            number), is the wrong-type rule's (IST102): the server decodes it with the request and \
            refuses it, although it then throws `image` away.

            istaglint does not judge the `kind` and `apiVersion` written inside \
            `dockerImageMetadata`. Exports carry different spellings there (`apiVersion: "1.0"`, \
            or `apiVersion: image.openshift.io/1.0` with `kind: DockerImage`), and whether the \
            server's decoder accepts a given spelling depends on how its private scheme \
            registers the DockerImage types, which cannot be confirmed offline; reporting an \
            error there could be wrong, so the rule stays silent.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageMetadata:
                Architecture: amd64
              dockerImageMetadataVersion: ↓"1.1"
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageMetadata: {}
              dockerImageMetadataVersion: ↓PRE012
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageMetadata: {}
              dockerImageMetadataVersion: ↓v1
            """,
        ].withImageForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageMetadata:
                Architecture: amd64
                apiVersion: "1.0"
              dockerImageMetadataVersion: "1.0"
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageMetadataVersion: "2.0"
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageMetadata: {Architecture: amd64}
              dockerImageMetadataVersion: pre012
            """,
        ].withImageForms())

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        guard case .value(let version, let range) = image.string("dockerImageMetadataVersion"),
            !Self.knownVersions.contains(version),
            case .present = image.field(["dockerImageMetadata"])
        else { return [] }
        var message =
            "\(image.path("dockerImageMetadataVersion")) \(ValueDescription.quote(version)) is not a version the server can decode \(image.path("dockerImageMetadata")) with, so every create and update of this object fails (no kind \"DockerImage\" is registered for version \(ValueDescription.quote(version)))"
        var fix: Fix?
        if let nearest = EditDistance.nearest(to: version.trimmingASCIIWhitespace(), in: Self.knownVersions) {
            message += "; did you mean \"\(nearest)\""
            fix = Fix.nearest(nearest, for: version, at: range, quoted: true)
        } else {
            message += "; write \"1.0\" (or leave the version out, which means \"1.0\") or \"pre012\""
        }
        return [finding(FindingMessage(message), at: image.path("dockerImageMetadataVersion"), range: range, fix: fix)]
    }
}
