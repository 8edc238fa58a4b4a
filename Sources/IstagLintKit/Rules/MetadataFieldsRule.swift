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
            """,
        ],
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
            """,
        ])

    /// The longest `managedFields[].manager` (`FieldManagerMaxLength`).
    static let managerLengthLimit = 128
    /// The longest `managedFields[].subresource` (`MaxSubresourceNameLength`).
    static let subresourceLengthLimit = 256

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        var metadata: FieldPath { object.path("metadata") }
        if case .present(let node, let range) = object.field(["metadata", "generation"]),
            case .int(let value) = KubernetesScalar.of(node, in: object.document), value < 0 {
            findings.append(finding("metadata.generation \(value) must be greater than or equal to 0", at: metadata.child("generation"), range: range))
        }
        findings += ownerReferenceFindings(object, at: metadata.child("ownerReferences"))
        for (_, item) in items(object, "metadata", "finalizers") {
            guard case .string(let name) = KubernetesScalar.of(item, in: object.document) else { continue }
            for reason in KubernetesNames.finalizerName(name) {
                findings.append(finding("finalizer \(ValueDescription.quote(name)) is invalid: \(reason)", at: metadata.child("finalizers"), range: object.document[item].range))
            }
        }
        for (index, entry) in items(object, "metadata", "managedFields") {
            let path = metadata.child("managedFields").index(index)
            let operation = text(entry, "operation", in: object)
            if operation.value != "Apply" && operation.value != "Update" {
                findings.append(finding("managedFields operation \(ValueDescription.quote(operation.value ?? "")) must be `Apply` or `Update`", at: path.child("operation"), range: operation.range))
            }
            let fieldsType = text(entry, "fieldsType", in: object)
            if let value = fieldsType.value, !value.isEmpty, value != "FieldsV1" {
                findings.append(finding("managedFields fieldsType \(ValueDescription.quote(value)) must be `FieldsV1`", at: path.child("fieldsType"), range: fieldsType.range))
            }
            let manager = text(entry, "manager", in: object)
            if let value = manager.value, value.utf8.count > Self.managerLengthLimit {
                findings.append(finding("managedFields manager is \(value.utf8.count) bytes; Too long: may not be more than \(Self.managerLengthLimit) bytes", at: path.child("manager"), range: manager.range))
            }
            let subresource = text(entry, "subresource", in: object)
            if let value = subresource.value, value.utf8.count > Self.subresourceLengthLimit {
                findings.append(finding("managedFields subresource is \(value.utf8.count) bytes; Too long: may not be more than \(Self.subresourceLengthLimit) bytes", at: path.child("subresource"), range: subresource.range))
            }
        }
        return findings
    }

    private func ownerReferenceFindings(_ object: LintObject, at listPath: @autoclosure () -> FieldPath) -> [Finding] {
        var findings: [Finding] = []
        var controllers: [String] = []
        for (_, reference) in items(object, "metadata", "ownerReferences") {
            var path: FieldPath { listPath() }
            let apiVersion = text(reference, "apiVersion", in: object)
            let kind = text(reference, "kind", in: object)
            if let value = apiVersion.value, Self.version(of: value).isEmpty {
                findings.append(finding("ownerReferences apiVersion \(ValueDescription.quote(value)) is invalid: version must not be empty", at: path.child("apiVersion"), range: apiVersion.range))
            }
            for field in ["kind", "name", "uid"] {
                let value = text(reference, field, in: object)
                if value.value == "" {
                    findings.append(finding("ownerReferences \(field) must not be empty", at: path.child(field), range: value.range))
                }
            }
            if let version = apiVersion.value, let kindValue = kind.value, Self.version(of: version) == "v1", !version.contains("/"), kindValue == "Event" {
                findings.append(finding("/v1, Kind=Event is disallowed from being an owner", at: path, range: object.document[reference].range))
            }
            if case .bool(true)? = object.document.value(forKey: "controller", in: reference).flatMap({ KubernetesScalar.of($0, in: object.document) }) {
                controllers.append(text(reference, "name", in: object).value ?? "")
                if controllers.count > 1 {
                    findings.append(finding(
                        "only one owner reference may have controller: true, and \(controllers.joined(separator: " and ")) both do (the server says: Only one reference can have Controller set to true)",
                        at: listPath(), range: object.document[reference].range))
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

    private func items(_ object: LintObject, _ keys: String...) -> [(Int, NodeID)] {
        guard case .present(let list, _) = object.field(keys), let items = object.document.items(of: list) else { return [] }
        return items.enumerated().compactMap { index, item in object.document.resolved(item).map { (index, $0) } }
    }

    /// A string field of a nested mapping: its value ("" when missing or null, nil when not a
    /// string) and where to point.
    private func text(_ mapping: NodeID, _ key: String, in object: LintObject) -> (value: String?, range: SourceRange) {
        let document = object.document
        guard document.isMapping(mapping) else { return (nil, document[mapping].range) }
        guard let entry = document.entry(forKey: key, in: mapping) else { return ("", document[mapping].range) }
        switch KubernetesScalar.of(entry.value, in: document) {
        case .string(let value): return (value, document[entry.value].range)
        case .null: return ("", document[entry.key].range)
        default: return (nil, document[entry.value].range)
        }
    }
}
