import YAMLTree

/// IST112: the rest of Kubernetes' metadata checks: generation, owner references, finalizers, managed fields.
struct MetadataFieldsRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST112",
        name: "metadata-fields",
        severity: .error,
        summary: "`metadata.generation` is negative, or `ownerReferences`, `finalizers` or `managedFields` break Kubernetes' metadata rules.",
        rationale: """
            The server runs Kubernetes' generic metadata validation on every object: \
            `metadata.generation` may not be negative; each owner reference needs an `apiVersion` \
            with a version, a `kind`, a `name` and a `uid`, at most one may be the controller, and an \
            Event cannot be an owner; finalizers are qualified names, and a finalizer that is not one \
            of Kubernetes' own must be domain-qualified (`example.com/cleanup`); a managed-fields \
            entry's `operation` is `Apply` or `Update` and its `fieldsType` is `FieldsV1`. Hand-written \
            manifests rarely carry these fields; copies of live objects do. Paths are the server's: \
            `metadata.finalizers` and `metadata.ownerReferences.uid` carry no index.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              generation: ↓-1
              finalizers: [↓cleanup]
              ownerReferences:
              - apiVersion: ↓apps/
                kind: Deployment
                name: web
                uid: ↓""
              managedFields:
              - manager: kubectl
                operation: ↓Patch
            """
        ].withEveryKindForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              generation: 0
              finalizers: [example.com/cleanup, kubernetes]
              ownerReferences:
              - apiVersion: apps/v1
                kind: Deployment
                name: web
                uid: 0b4e8f6c-1d2a-4c3b-9e8f-7a6b5c4d3e2f
                controller: true
              managedFields:
              - manager: kubectl
                operation: Update
                fieldsType: FieldsV1
            """
        ].withEveryKindForms())

    /// The longest `managedFields[].manager` (`FieldManagerMaxLength`).
    static let managerLengthLimit = 128
    /// The longest `managedFields[].subresource` (`MaxSubresourceNameLength`).
    static let subresourceLengthLimit = 256

    static let kinds = ObjectKind.allCases

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        var metadata: FieldPath { object.path("metadata") }
        if case .present(let node, let range) = object.field(["metadata", "generation"]),
            case .int(let value) = KubernetesScalar.of(node, in: object.document), value < 0
        {
            findings.append(finding("metadata.generation \(value) must be greater than or equal to 0", at: metadata.child("generation"), range: range))
        }
        findings += ownerReferenceFindings(object, at: metadata.child("ownerReferences"))
        if case .present(let list, _) = object.field(["metadata", "finalizers"]), let items = object.document.items(of: list) {
            for item in items {
                guard let item = object.document.resolved(item), case .string(let name) = KubernetesScalar.of(item, in: object.document) else { continue }
                for reason in KubernetesNames.finalizerName(name) {
                    findings.append(
                        finding(
                            "finalizer \(ValueDescription.quote(name)) is invalid: \(reason)", at: metadata.child("finalizers"),
                            range: object.document[item].range))
                }
            }
        }
        for entry in object.root.items("metadata", "managedFields") {
            let operation = entry.string("operation")
            if let value = operation.text, value != "Apply", value != "Update", let range = operation.range {
                findings.append(
                    finding("managedFields operation \(ValueDescription.quote(value)) must be `Apply` or `Update`", at: entry.path("operation"), range: range))
            }
            if case .value(let value, let range) = entry.string("fieldsType"), value != "FieldsV1" {
                findings.append(
                    finding("managedFields fieldsType \(ValueDescription.quote(value)) must be `FieldsV1`", at: entry.path("fieldsType"), range: range))
            }
            if case .value(let value, let range) = entry.string("manager"), value.utf8.count > Self.managerLengthLimit {
                findings.append(
                    finding(
                        "managedFields manager is \(value.utf8.count) bytes; Too long: may not be more than \(Self.managerLengthLimit) bytes",
                        at: entry.path("manager"), range: range))
            }
            if case .value(let value, let range) = entry.string("subresource"), value.utf8.count > Self.subresourceLengthLimit {
                findings.append(
                    finding(
                        "managedFields subresource is \(value.utf8.count) bytes; Too long: may not be more than \(Self.subresourceLengthLimit) bytes",
                        at: entry.path("subresource"), range: range))
            }
        }
        return findings
    }

    private func ownerReferenceFindings(_ object: LintObject, at listPath: @autoclosure () -> FieldPath) -> [Finding] {
        var findings: [Finding] = []
        var controllers: [String] = []
        for reference in object.root.items("metadata", "ownerReferences") {
            var path: FieldPath { listPath() }
            let apiVersion = reference.string("apiVersion")
            if let value = apiVersion.text, let range = apiVersion.range, Self.version(of: value).isEmpty {
                findings.append(
                    finding(
                        "ownerReferences apiVersion \(ValueDescription.quote(value)) is invalid: version must not be empty", at: path.child("apiVersion"),
                        range: range))
            }
            for field in ["kind", "name", "uid"] {
                if case .empty(let anchor, _) = reference.string(field) {
                    findings.append(finding("ownerReferences \(field) must not be empty", at: path.child(field), range: anchor))
                }
            }
            if case .value(let version, _) = apiVersion, case .value("Event", _) = reference.string("kind"), Self.version(of: version) == "v1",
                !version.contains("/")
            {
                findings.append(finding("/v1, Kind=Event is disallowed from being an owner", at: path, range: reference.anchor))
            }
            if reference.bool("controller") == true {
                controllers.append(reference.string("name").text ?? "")
                if controllers.count > 1 {
                    findings.append(
                        finding(
                            "only one owner reference may have controller: true, and \(controllers.joined(separator: " and ")) both do (the server says: Only one reference can have Controller set to true)",
                            at: listPath(), range: reference.anchor))
                }
            }
        }
        return findings
    }

    /// The version part of an apiVersion (`apps/v1` → `v1`, `v1` → `v1`), "" when it does not parse.
    static func version(of apiVersion: String) -> String {
        let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return String(parts[0])
        case 2: return String(parts[1])
        default: return ""
        }
    }
}
