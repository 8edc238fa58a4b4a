import YAMLTree

/// IST307: server-populated fields in a hand-written manifest.
struct ServerPopulatedFieldsRule: ObjectRule {
    /// The top-level fields only the server writes, in the order of the API type.
    public static let fields = ["generation", "lookupPolicy", "conditions", "image"]
    /// What the server writes in an ImageStream: its whole `status`, which `PrepareForCreate`
    /// replaces (and an update keeps the stored one).
    public static let imageStreamFields = ["status"]

    static let kinds = ObjectKind.streamKinds

    static let description = RuleDescription(
        code: "IST307",
        name: "server-populated-fields",
        severity: .warning,
        summary:
            "A hand-written ImageStreamTag sets `image`, `conditions`, `generation` or `lookupPolicy`, or a hand-written ImageStream sets `status`, which the server ignores on write.",
        rationale: """
            Only `metadata.annotations` and `tag` of an ImageStreamTag can be written. On create the \
            server resets `image` to `{}` and clears `conditions`; `generation` and `lookupPolicy` \
            are copied from the image stream; on update all four keep their old values. Whatever a \
            manifest says there is silently dropped, which misleads readers: `lookupPolicy: {local: \
            true}` here does not turn on local lookup (set `spec.lookupPolicy` on the ImageStream).

            One warning per object, at the first such field, naming all of them. Placeholders that \
            say nothing (`generation: 0`, `lookupPolicy: {local: false}`, `image: {}`, \
            `conditions: []`) are not reported, since schema-driven tools demand them. A copy of a \
            live object (with `resourceVersion`, `uid` or `creationTimestamp`) is expected to carry \
            these fields and is not reported.

            An ImageStream's whole `status` is the server's: `PrepareForCreate` \
            (openshift-apiserver, `pkg/image/apiserver/registry/imagestream/strategy.go`) replaces \
            it with the stream's repository and no tags, and an update keeps the stored one.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            lookupPolicy:
              local: ↓true
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            image:
              dockerImageReference: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: "3.3"
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
            status:
              ↓dockerImageRepository: image-registry.openshift-image-registry.svc:5000/demo/ruby
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            generation: 0
            lookupPolicy: {local: false}
            image: {}
            conditions: []
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """
        ].withImageStreamForms())

    func check(_ object: LintObject) -> [Finding] {
        guard !object.isExport else { return [] }
        var present: [(name: String, range: SourceRange)] = []
        for name in object.kind == .imageStreamTag ? Self.fields : Self.imageStreamFields {
            guard case .present(let node, let range) = object.field([name]), carriesContent(node, in: object.document) else { continue }
            present.append((name, name == "lookupPolicy" ? localRange(object) ?? range : range))
        }
        guard let first = present.min(by: { $0.range.start < $1.range.start }) else { return [] }
        let names = present.map(\.name)
        let listed = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        var message =
            "\(listed) \(names.count == 1 ? "is" : "are") written by the server and ignored in a manifest to apply; remove \(names.count == 1 ? "it" : "them")"
        if names.contains("lookupPolicy") { message += " (set spec.lookupPolicy on the ImageStream instead)" }
        return [finding(FindingMessage(message), at: object.path(first.name), range: first.range)]
    }

    /// Whether a value says more than a zero placeholder.
    private func carriesContent(_ node: NodeID, in document: Document) -> Bool {
        switch KubernetesScalar.of(node, in: document) {
        case .int(0), .null: return false
        case .some: return true
        case nil: break
        }
        if let items = document.items(of: node) { return !items.isEmpty }
        guard let entries = document.effectiveEntries(of: node) else { return true }
        return entries.contains { entry in
            switch KubernetesScalar.of(entry.value, in: document) {
            case .bool(false), .null, .int(0): return false
            default: return true
            }
        }
    }

    private func localRange(_ object: LintObject) -> SourceRange? {
        guard case .present(_, let range) = object.field(["lookupPolicy", "local"]) else { return nil }
        return range
    }
}
