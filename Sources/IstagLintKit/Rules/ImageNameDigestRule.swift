/// IST407: an `image.metadata.name` that is not a digest, or that the reference's digest contradicts.
struct ImageNameDigestRule: ObjectRule {
    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST407",
        name: "image-name-digest",
        severity: .warning,
        summary: "`image.metadata.name` is not an image digest, or `image.dockerImageReference` pins a different digest.",
        rationale: """
            An image is named by the digest of its manifest (`sha256:` and 64 hex digits), and \
            the pull spec OpenShift records for it pins that same digest \
            (`quay.io/example/ruby@sha256:…`): that is how `oc get istag -o yaml` shows every \
            image. The server ignores `image` on an ImageStreamTag write, so nothing is refused \
            and the severity is `warning`; but a name that is not a digest, or a reference that \
            pins another digest, means the object was edited by hand and no longer describes \
            one image: a tool that pulls by the reference gets a different image from the one \
            the rest of `image` describes.

            The name is checked with the digest rules of OpenShift's image-reference parser and \
            the finding quotes them (`invalid checksum digest format`, `unsupported digest \
            algorithm`, `invalid checksum digest length`). The comparison is made only when the \
            name is a valid digest and the reference parses and carries a digest; the finding \
            underlines the reference's digest. A reference that does not parse is IST401's.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby:3.3
              metadata:
                name: ↓ruby-3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@↓sha256:252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111
              metadata:
                name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
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
            image:
              dockerImageReference: quay.io/example/ruby:3.3
              metadata:
                name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
            """,
        ].withImageForms())

    func check(_ object: LintObject) -> [Finding] {
        guard let image = object.image else { return [] }
        guard case .value(let name, let nameRange) = image.string("metadata", "name") else { return [] }
        var namePath: FieldPath { image.path("metadata", "name") }
        if let problem = ContentDescriptor.digestProblem(name) {
            return [
                finding(
                    "\(namePath) \(ValueDescription.quote(name)) is not an image digest (\(problem)): an image is named by the digest of its manifest, \(ContentDescriptor.digestForm)",
                    at: namePath, range: nameRange)
            ]
        }
        guard let source = object.imageReference, case .success(let parsed) = source.parsed, !parsed.id.isEmpty, parsed.id != name,
            let at = source.text.unicodeScalars.firstIndex(of: "@")
        else { return [] }
        let reference = source.text
        let start = reference.unicodeScalars.distance(from: reference.unicodeScalars.startIndex, to: at) + 1
        let digestRange = ScalarSlice.range(of: reference, in: source.range, from: start, length: parsed.id.unicodeScalars.count)
        var referencePath: FieldPath { image.path("dockerImageReference") }
        let sameLetters = parsed.id.lowercased() == name.lowercased() ? " (they differ only in letter case, and digests are compared exactly)" : ""
        return [
            finding(
                "the digest \(ContentDescriptor.quoteDigest(parsed.id)) of \(referencePath) is not the image's name \(namePath) \(ContentDescriptor.quoteDigest(name))\(sameLetters): pulling by this reference fetches another image; pin the same digest in both",
                at: referencePath, range: digestRange)
        ]
    }
}
