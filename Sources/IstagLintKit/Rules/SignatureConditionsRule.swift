import YAMLTree

/// IST410: image signature conditions of unknown types or statuses, or a `Trusted`/`ForImage` pair missing its partner.
struct SignatureConditionsRule: ObjectRule {
    /// The signature condition types the server defines.
    public static let types = SchemaCatalog.signatureConditionTypes
    /// The condition statuses Kubernetes defines.
    public static let statuses = SchemaCatalog.conditionStatuses

    static let kinds = ObjectKind.imageKinds

    static let description = RuleDescription(
        code: "IST410",
        name: "signature-conditions",
        severity: .warning,
        fix: .nearest("writes the nearest valid value, quoted where YAML 1.1 would read a boolean"),
        summary:
            "An image signature condition has a `type` other than `Trusted`, `ForImage`, `Expired` or `Revoked`, or a `status` other than `True`, `False` or `Unknown`, or a `Trusted` condition comes without a `ForImage` one or the other way round.",
        rationale: """
            The server records what it learned about a signature as conditions: `Trusted` (the \
            signature was verified), `ForImage` (it is a signature of this image), `Expired` and \
            `Revoked`, each with the status `True`, `False` or `Unknown`. (The API reference's \
            "Complete or Failed" is out of date; those types do not exist.) The Image API \
            requires `Trusted` and `ForImage` to come together (`conditions: Invalid value: …: \
            missing "ForImage" condition type`, and `missing "Trusted" condition type`). The \
            server ignores `image` on an ImageStreamTag write, so nothing here is refused and \
            the severity is `warning`; but such a signature cannot have come from the server.

            The Image API's own loop that picks the latest `Trusted` and `ForImage` conditions \
            has a precedence slip (`A && B || C`). As read from the source (not run): a \
            condition of another type (`Expired`, `Revoked`, a misspelling), or an older second \
            `Trusted` one, met while no `ForImage` condition has been picked yet makes it \
            dereference a nil pointer, which would fail the Image write with an internal error \
            instead of a message; and once a `ForImage` condition has been picked, any later \
            condition that is not taken as `Trusted` and is not older than it replaces it, \
            whatever its type. istaglint does not reproduce either: it reports a missing \
            partner when the conditions hold a `Trusted` type but no `ForImage` type, or the \
            other way round, which is what the server concludes whenever its loop completes. \
            The finding points at the `type` of the first condition that lacks its partner.
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
                - type: ↓Trusted
                  status: "True"
                - type: ↓Expried
                  status: ↓"false"
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
                - type: Trusted
                  status: "True"
                  lastProbeTime: "2024-05-01T10:00:00Z"
                - type: ForImage
                  status: "True"
                  lastProbeTime: "2024-05-01T10:00:00Z"
            """
        ].withImageForms(),
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        for signature in object.signatures {
            var firstOfType: [String: (path: FieldPath, range: SourceRange)] = [:]
            for condition in signature.items("conditions") {
                var typePath: FieldPath { condition.path("type") }
                switch condition.string("type") {
                case .invalid:
                    break
                case .empty(let anchor, let keyPresent):
                    guard object.reportsMissing(keyPresent: keyPresent) else { break }
                    findings.append(finding("\(typePath) is required: \(Self.allowed(Self.types))", at: typePath, range: anchor))
                case .value(let type, let range):
                    if Self.types.contains(type) {
                        if firstOfType[type] == nil { firstOfType[type] = (typePath, range) }
                    } else {
                        findings.append(unknown(type, at: typePath, range: range, allowed: Self.types, quoteFix: false))
                    }
                }
                var statusPath: FieldPath { condition.path("status") }
                switch condition.string("status") {
                case .invalid:
                    break
                case .empty(let anchor, let keyPresent):
                    guard object.reportsMissing(keyPresent: keyPresent) else { break }
                    findings.append(finding("\(statusPath) is required: \(Self.allowed(Self.statuses))", at: statusPath, range: anchor))
                case .value(let status, let range):
                    if !Self.statuses.contains(status) {
                        findings.append(unknown(status, at: statusPath, range: range, allowed: Self.statuses, quoteFix: true))
                    }
                }
            }
            var conditionsPath: FieldPath { signature.path("conditions") }
            // A list the server cannot decode says nothing about which conditions it holds.
            if signature.hasUnreadableItems("conditions") { continue }
            // A patch's conditions are merged with the base's by type: the other one may be there.
            if object.isPartial { continue }
            if let trusted = firstOfType["Trusted"], firstOfType["ForImage"] == nil {
                findings.append(
                    finding(
                        "\(conditionsPath) has a Trusted condition but no ForImage one: missing \"ForImage\" condition type; the server records both when it verifies a signature",
                        at: trusted.path, range: trusted.range))
            } else if let forImage = firstOfType["ForImage"], firstOfType["Trusted"] == nil {
                findings.append(
                    finding(
                        "\(conditionsPath) has a ForImage condition but no Trusted one: missing \"Trusted\" condition type; the server records both when it verifies a signature",
                        at: forImage.path, range: forImage.range))
            }
        }
        return findings
    }

    private func unknown(_ value: String, at path: FieldPath, range: SourceRange, allowed: [String], quoteFix: Bool) -> Finding {
        var message = "\(path) \(ValueDescription.quote(value)) is not accepted: \(Self.allowed(allowed))"
        var fix: Fix?
        if let nearest = EditDistance.nearest(to: value.trimmingASCIIWhitespace(), in: allowed) {
            message += "; did you mean \"\(nearest)\""
            // `True` and `False` unquoted are booleans to kubectl's YAML 1.1 reader.
            fix = Fix.nearest(nearest, for: value, at: range, quoted: quoteFix)
        }
        return finding(FindingMessage(message), at: path, range: range, fix: fix)
    }

    private static func allowed(_ values: [String]) -> String {
        "one of " + values.dropLast().joined(separator: ", ") + " or " + (values.last ?? "")
    }
}
