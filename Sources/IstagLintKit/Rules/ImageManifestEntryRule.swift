/// IST404: an `image.dockerImageManifests` entry the Image API would refuse.
struct ImageManifestEntryRule: ObjectRule {
    /// The CPU architectures messages give as examples.
    static let architectureExamples = "amd64, arm64, ppc64le or s390x"

    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST404",
        name: "image-manifest-entry",
        severity: .warning,
        fix: .always(.unsafe, "writes the nearest known media type, a guess"),
        summary: "An `image.dockerImageManifests` entry has a bad or missing `digest`, `mediaType`, `architecture`, `os` or `manifestSize`.",
        rationale: """
            When an image is a manifest list, `dockerImageManifests` lists its sub-manifests, one \
            per platform. The Image API checks each entry: the digest must look like a digest \
            (`digest does not conform with OCI image specification`), the media type must be \
            `type/subtype` (`media type does not conform to RFC6838`), `architecture` and `os` are \
            required, and the size may not be negative (`manifest size cannot be negative`). The \
            server ignores `image` on an ImageStreamTag write, so nothing here is refused and the \
            severity is `warning`; but an entry that breaks these rules was written by hand and \
            names no image a registry can serve.

            istaglint is stricter than the server in two places. The server's digest pattern is \
            unanchored, so it accepts any value that contains a digest somewhere \
            (`x sha256:<32 hex digits> y`); istaglint checks the whole value with the digest \
            rules of OpenShift's image-reference parser (`sha256`, `sha384` or `sha512` with 64, \
            96 or 128 hex digits) and says when the server alone would have let it through. And \
            since the API lists `manifestSize` as required and exports always carry it, a missing \
            size is reported too; the server reads it as 0.

            The finding for a negative size points at `manifestSize`, the field as written; the \
            server reports the same error at `dockerImageManifests[i].size` (a slip in its field \
            path: the Go field is `ManifestSize`, its JSON name `manifestSize`).
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
              - digest: ↓18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4
                mediaType: ↓application/vnd.oci.image.manifest.v1 json
                manifestSize: ↓-1
                architecture: ↓""
                ↓os:
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
              - digest: sha256:3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea
                mediaType: application/vnd.oci.image.manifest.v1+json
                manifestSize: 1024
                architecture: arm64
                os: linux
                variant: v8
            """
        ].withImageForms(),
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        var findings: [Finding] = []
        for entry in image.items("dockerImageManifests") {
            findings += digestFindings(entry) + mediaTypeFindings(entry)
            findings += requiredFindings(entry, "architecture", "the CPU architecture of the sub-manifest, such as \(Self.architectureExamples)")
            findings += requiredFindings(entry, "os", "the operating system of the sub-manifest, such as linux or windows")
            findings += sizeFindings(entry)
        }
        return findings
    }

    private func digestFindings(_ entry: FieldView) -> [Finding] {
        var path: FieldPath { entry.path("digest") }
        switch entry.string("digest") {
        case .invalid:
            return []
        case .empty(let anchor, let keyPresent):
            guard entry.reportsMissing(keyPresent: keyPresent) else { return [] }
            return [
                finding(
                    "\(path) is required: the sub-manifest's digest, \(ContentDescriptor.digestForm) (Image validation says: digest does not conform with OCI image specification)",
                    at: path, range: anchor)
            ]
        case .value(let digest, let range):
            guard let problem = ContentDescriptor.digestProblem(digest) else { return [] }
            let serverView =
                ContentDescriptor.serverDigestPatternMatches(digest)
                ? "; the server's own check looks for a digest anywhere in the value and lets this through, but no registry serves a manifest by it"
                : " (Image validation says: digest does not conform with OCI image specification)"
            return [
                finding(
                    "\(path) \(ValueDescription.quote(digest)) is not a manifest digest (\(problem)): write \(ContentDescriptor.digestForm)\(serverView)",
                    at: path, range: range)
            ]
        }
    }

    private func mediaTypeFindings(_ entry: FieldView) -> [Finding] {
        var path: FieldPath { entry.path("mediaType") }
        switch entry.string("mediaType") {
        case .invalid:
            return []
        case .empty(let anchor, let keyPresent):
            guard entry.reportsMissing(keyPresent: keyPresent) else { return [] }
            return [
                finding(
                    "\(path) is required: the sub-manifest's media type, such as \"application/vnd.oci.image.manifest.v1+json\" (Image validation says: media type does not conform to RFC6838)",
                    at: path, range: anchor)
            ]
        case .value(let mediaType, let range):
            guard let problem = ContentDescriptor.mediaTypeProblem(mediaType, at: path, known: ContentDescriptor.manifestMediaTypes) else { return [] }
            return [
                finding(
                    FindingMessage(problem.message), at: path, range: range,
                    fix: problem.replacement.map { Fix(range: range, replacement: $0, applicability: .unsafe) })
            ]
        }
    }

    private func requiredFindings(_ entry: FieldView, _ key: String, _ what: String) -> [Finding] {
        guard case .empty(let anchor, let keyPresent) = entry.string(key), entry.reportsMissing(keyPresent: keyPresent) else { return [] }
        var path: FieldPath { entry.path(key) }
        return [finding("\(path) is required: \(what) (Image validation says: Required value)", at: path, range: anchor)]
    }

    private func sizeFindings(_ entry: FieldView) -> [Finding] {
        var path: FieldPath { entry.path("manifestSize") }
        switch entry.field(["manifestSize"]) {
        case .invalid:
            return []
        case .absent(let anchor, let keyPresent):
            guard entry.reportsMissing(keyPresent: keyPresent) else { return [] }
            return [finding("\(path) is required: the size of the sub-manifest in bytes (a missing size reads as 0)", at: path, range: anchor)]
        case .present:
            guard let (size, range) = entry.int("manifestSize"), size < 0 else { return [] }
            return [
                finding(
                    "\(path) \(size) is negative: manifest size cannot be negative (the server reports it at \(entry.path("size")))",
                    at: path, range: range)
            ]
        }
    }
}
