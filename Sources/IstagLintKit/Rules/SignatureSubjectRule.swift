/// IST412: an image signature's `issuedTo` without the key that verifies it.
struct SignatureSubjectRule: ObjectRule {
    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST412",
        name: "signature-subject",
        severity: .warning,
        summary: "An image signature's `issuedTo` has no `publicKeyID`.",
        rationale: """
            `issuedTo` describes who made a signature, and its one required field is \
            `publicKeyID`: the ID of the public key that verifies the signature, at least the \
            64 lowest bits of the key's fingerprint in hex (`0x685ebe62bf278440`). The server \
            fills `issuedTo` in from a signature it verified, so a real one always carries the \
            key ID; the Image API itself does not check it, and the server ignores `image` on an \
            ImageStreamTag write, so nothing is refused and the severity is `warning`. An \
            `issuedTo` without a key ID names a signer no one can check.

            The finding points at `issuedTo` when `publicKeyID` is missing or null, and at the \
            value when it is empty.
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
              - metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c3b7d4e6f
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
                conditions:
                - {type: Trusted, status: "True"}
                - {type: ForImage, status: "True"}
                ↓issuedTo:
                  organization: Example
                  commonName: Example Release Key
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
              signatures:
              - metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c3b7d4e6f
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
                conditions:
                - {type: Trusted, status: "True"}
                - {type: ForImage, status: "True"}
                issuedTo:
                  organization: Example
                  commonName: Example Release Key
                  publicKeyID: 199e2f91fd431d51
            """
        ].withImageForms(),
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        for signature in object.signatures {
            guard case .present(let subject, _) = signature.field(["issuedTo"]), object.document.isMapping(subject),
                case .empty(let anchor, let keyPresent) = signature.string("issuedTo", "publicKeyID"), object.reportsMissing(keyPresent: keyPresent)
            else { continue }
            var path: FieldPath { signature.path("issuedTo", "publicKeyID") }
            findings.append(
                finding(
                    "\(path) is required when \(signature.path("issuedTo")) is set: the ID of the public key that verifies the signature, at least the 64 lowest bits of its fingerprint in hex, such as \"0x685ebe62bf278440\"",
                    at: path, range: anchor))
        }
        return findings
    }
}
