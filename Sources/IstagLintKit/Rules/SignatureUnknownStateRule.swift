/// IST411: verification results on an image signature whose trust is unknown.
struct SignatureUnknownStateRule: ObjectRule {
    /// The fields the server fills in only for a signature whose trust it knows, in its order.
    public static let derivedFields = ["imageIdentity", "signedClaims", "issuedBy", "issuedTo"]

    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST411",
        name: "signature-unknown-state",
        severity: .warning,
        summary:
            "An image signature sets `imageIdentity`, `signedClaims`, `issuedBy` or `issuedTo` while it has no `Trusted` condition or its latest one has status `Unknown`.",
        rationale: """
            `imageIdentity`, `signedClaims`, `issuedBy` and `issuedTo` are what the server read \
            out of a signature it verified. The Image API allows them only when the signature's \
            state is known: when there is a `Trusted` condition and the latest one (by \
            `lastProbeTime`, a later entry winning a tie, a missing time counting as the \
            earliest) does not have status `Unknown`. Otherwise each of them is refused \
            (`imageIdentity: Invalid value: "…": must be unset for unknown signature state`). \
            The server ignores `image` on an ImageStreamTag write, so nothing here is refused \
            and the severity is `warning`; but such a signature claims verification results \
            that nothing verified.

            There is one finding per field, at its value, in the server's order. A \
            `signedClaims: {}` map is unset, as on the server; `issuedBy: {}` is set. When a \
            condition's `lastProbeTime` is not a valid time the latest condition cannot be \
            known, so the signature is skipped (the wrong-type rule, IST102, reports the time); \
            so is a signature whose `conditions`, or a condition's `type` or `status`, is of the \
            wrong type.
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
                imageIdentity: ↓quay.io/example/ruby:3.3
                issuedBy: ↓{organization: Example}
            """,
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
                - type: Trusted
                  status: "True"
                  lastProbeTime: "2024-05-01T10:00:00Z"
                - type: Trusted
                  status: Unknown
                  lastProbeTime: "2024-05-02T10:00:00Z"
                - type: ForImage
                  status: "True"
                  lastProbeTime: "2024-05-01T10:00:00Z"
                signedClaims: ↓{critical.type: atomic container signature}
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
              signatures:
              - metadata:
                  name: sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb@2a5f8e1c3b7d4e6f
                type: AtomicImageV1
                content: owGbwMvMwMEYWPZ4
                conditions:
                - type: Trusted
                  status: Unknown
                  lastProbeTime: "2024-05-01T10:00:00Z"
                - type: Trusted
                  status: "True"
                  lastProbeTime: "2024-05-01T12:00:00+01:00"
                - type: ForImage
                  status: "True"
                  lastProbeTime: "2024-05-01T11:00:00Z"
                imageIdentity: quay.io/example/ruby:3.3
                issuedTo: {publicKeyID: 199e2f91fd431d51}
            """,
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
                signedClaims: {}
            """,
        ].withImageForms(),
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        for signature in object.signatures {
            guard let reason = Self.unknownState(of: signature) else { continue }
            for key in Self.derivedFields {
                guard case .present(_, let range) = signature.field([key]), isSet(key, in: signature) else { continue }
                var path: FieldPath { signature.path(key) }
                findings.append(
                    finding(
                        "\(path) must be unset for unknown signature state: \(reason), and the server fills in imageIdentity, signedClaims, issuedBy and issuedTo only from a signature it has verified",
                        at: path, range: range))
            }
        }
        return findings
    }

    /// Whether a present field counts as set, as the server's `len(…) != 0` and `!= nil` see it.
    private func isSet(_ key: String, in signature: FieldView) -> Bool {
        switch key {
        case "imageIdentity":
            if case .value = signature.string(key) { return true }
            return false
        case "signedClaims":
            return signature.isNonEmptyMapping(key)
        default:
            if case .present(let node, _) = signature.field([key]) { return signature.document.isMapping(node) }
            return false
        }
    }

    /// Why the signature's state is unknown, or nil when the latest `Trusted` condition is
    /// known (or cannot be found out because the conditions, or a time, type or status in
    /// them, do not decode).
    ///
    /// Picks the `Trusted` condition as the server does: walking the list, a `Trusted`
    /// condition replaces the one found so far unless its `lastProbeTime` is before that one's.
    static func unknownState(of signature: FieldView) -> String? {
        guard !signature.hasUnreadableItems("conditions") else { return nil }
        var latest: (time: TimeInstant, status: String)?
        for condition in signature.items("conditions") {
            guard let type = condition.string("type").text else { return nil }
            guard type == "Trusted" else { continue }
            guard let status = condition.string("status").text else { return nil }
            let time: TimeInstant
            switch condition.string("lastProbeTime") {
            case .invalid: return nil
            case .empty: time = .zero
            case .value(let text, _):
                guard let parsed = TimeInstant.parse(text) else { return nil }
                time = parsed
            }
            if let current = latest, time < current.time { continue }
            latest = (time, status)
        }
        // A patch's conditions are merged with the base's: a Trusted one may be there.
        guard let latest else { return signature.isPartial ? nil : "the signature has no Trusted condition" }
        return latest.status == "Unknown" ? "its latest Trusted condition has status Unknown" : nil
    }
}
