/// IST409: an image signature whose name is not `<imageName>@<signatureName>` for this image.
struct SignatureNameRule: ObjectRule {
    static let kinds = ObjectKind.signatureKinds

    static let description = RuleDescription(
        code: "IST409",
        name: "signature-name",
        severity: .warning,
        summary: "An `image.signatures` entry's `metadata.name` is not `<imageName>@<signatureName>`, or names another image than `image.metadata.name`.",
        rationale: """
            A signature is stored as an object of its own, named after the image it signs: \
            `<imageName>@<signatureName>`, where the image name is the image's digest. The \
            Image API splits the name at `@` and refuses anything but exactly one `@` with text \
            on both sides, a missing name included (`metadata.name: Invalid value: "…": name \
            must be of format <imageName>@<signatureName>`). The server ignores `image` on an \
            ImageStreamTag write, so nothing here is refused and the severity is `warning`; but \
            such a signature cannot have come from the server. An ImageSignature written as a \
            document of its own is refused for it on create (`ValidateImageSignature`, \
            openshift-apiserver `pkg/image/apis/image/validation/validation.go`): there the \
            finding is an error. (Its own missing name is the name-required rule's, IST104.)

            When `image.metadata.name` is set, istaglint also checks that the image part of the \
            signature's name is that name: a signature named after another image was copied \
            from another export and does not sign this image. The finding then underlines the \
            image part.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              metadata:
                name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              signatures:
              - metadata:
                  name: ↓2a5f8e1c3b7d4e6f
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
              - metadata:
                  name: ↓sha256:252f10c83610ebca1a059c0bae8255eba2f95be4d1d7bcfa89d7248a82d9f111@9c1d7e3f5a2b4c6d
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
              - ↓type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
            """
        ].withSignatureForms(),
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
              signatures:
              - metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c3b7d4e6f
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
            """
        ].withSignatureForms(),
        severityByKind: [.imageSignature: .error], reportsMissingFields: true)

    static let format = "name must be of format <imageName>@<signatureName>"

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        let imageName = object.image?.string("metadata", "name") ?? .invalid
        for signature in object.signatures {
            var path: FieldPath { signature.path("metadata", "name") }
            switch signature.string("metadata", "name") {
            case .invalid:
                continue
            case .empty(let anchor, let keyPresent):
                // An ImageSignature's own name is the name-required rule's (IST104).
                guard object.kind != .imageSignature, object.reportsMissing(keyPresent: keyPresent) else { continue }
                findings.append(finding("\(path) is required: \(Self.format), the image's name and the signature's", at: path, range: anchor))
            case .value(let name, let range):
                let parts = name.split(separator: "@", omittingEmptySubsequences: false)
                if parts.count != 2 {
                    let count = parts.count == 1 ? "no @" : "\(parts.count - 1) @ characters"
                    findings.append(finding("\(path) \(ValueDescription.quote(name)) has \(count): \(Self.format)", at: path, range: range))
                } else if parts[0].isEmpty || parts[1].isEmpty {
                    let missing = parts[0].isEmpty ? "image name" : "signature name"
                    findings.append(finding("\(path) \(ValueDescription.quote(name)) has no \(missing): \(Self.format)", at: path, range: range))
                } else if case .value(let expected, _) = imageName, parts[0] != Substring(expected) {
                    let part = String(parts[0])
                    let partRange = ScalarSlice.range(of: name, in: range, from: 0, length: part.unicodeScalars.count)
                    findings.append(
                        finding(
                            "the image name \(ContentDescriptor.quoteDigest(part)) in \(path) is not this image's name \(object.image?.path("metadata", "name") ?? object.path("metadata", "name")) \(ContentDescriptor.quoteDigest(expected)): a signature is named after the image it signs, <imageName>@<signatureName>",
                            at: path, range: partRange))
                }
            }
        }
        return findings
    }
}
