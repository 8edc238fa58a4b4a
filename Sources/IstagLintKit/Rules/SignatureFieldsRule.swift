/// IST408: an image signature without its type or content, or with labels or annotations.
struct SignatureFieldsRule: ObjectRule {
    /// The only signature type OpenShift writes (`ImageSignatureTypeAtomicImageV1`).
    public static let atomicImageV1 = "AtomicImageV1"

    static let kinds = ObjectKind.signatureKinds

    static let description = RuleDescription(
        code: "IST408",
        name: "signature-fields",
        severity: .warning,
        summary: "An `image.signatures` entry lacks its `type` or `content`, or sets `metadata.labels` or `metadata.annotations`.",
        rationale: """
            An image signature is an opaque blob (`content`, base64 in YAML) of a stated kind \
            (`type`, in practice always `AtomicImageV1`). The Image API requires both \
            (`signatures[0].type: Required value`, `signatures[0].content: Required value`) and \
            forbids labels and annotations on a signature (`signature labels cannot be set`, \
            `signature annotations cannot be set`). The server ignores `image` on an \
            ImageStreamTag write, so nothing here is refused and the severity is `warning`; but \
            a signature that breaks these rules cannot have come from the server, and a tool \
            that verifies images from the export has nothing to verify.

            An Image written as a document of its own is refused for these on create \
            (`ValidateImage` runs `ValidateImageSignature` on each signature, openshift-apiserver \
            `pkg/image/apis/image/validation/validation.go`), and so is an ImageSignature \
            (`ValidateImageSignature` from `imagesignature/strategy.go`): on those the finding is \
            an error.

            An empty map of labels or annotations is no labels or annotations, as on the server. \
            Content that is not valid base64 is the wrong-type rule's (IST102).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby@sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
              signatures:
              - ↓metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c3b7d4e6f
                  labels: ↓{team: web}
                content: ↓""
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
              signatures:
              - metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c3b7d4e6f
                  annotations: {}
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
            """
        ].withSignatureForms(),
        severityByKind: [.image: .error, .imageSignature: .error], reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        for signature in object.signatures {
            for (key, server) in [("labels", "signature labels cannot be set"), ("annotations", "signature annotations cannot be set")] {
                guard signature.isNonEmptyMapping("metadata", key), case .present(_, let range) = signature.field(["metadata", key]) else { continue }
                var path: FieldPath { signature.path("metadata", key) }
                findings.append(
                    finding(
                        "\(path) must not be set: \(server); a signature carries only its type, content and what the server derives from them", at: path,
                        range: range))
            }
            if case .empty(let anchor, let keyPresent) = signature.string("type"), object.reportsMissing(keyPresent: keyPresent) {
                var path: FieldPath { signature.path("type") }
                findings.append(
                    finding(
                        "\(path) is required: the kind of signature blob, \"\(Self.atomicImageV1)\" for the signatures OpenShift stores (Image validation says: Required value)",
                        at: path, range: anchor))
            }
            if case .empty(let anchor, let keyPresent) = signature.string("content"), object.reportsMissing(keyPresent: keyPresent) {
                var path: FieldPath { signature.path("content") }
                findings.append(
                    finding(
                        "\(path) is required: the signature blob itself, base64-encoded (Image validation says: Required value)",
                        at: path, range: anchor))
            }
        }
        return findings
    }
}
