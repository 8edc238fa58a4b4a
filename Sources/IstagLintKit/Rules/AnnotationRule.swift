import YAMLTree

/// IST111: annotation keys Kubernetes refuses, or annotations over 256 KiB.
struct AnnotationRule: ObjectRule {
    /// Kubernetes' `TotalAnnotationSizeLimitB`: 256 KiB of keys and values together.
    public static let totalSizeLimit = 256 * 1024

    static let description = RuleDescription(
        code: "IST111",
        name: "annotation-format",
        severity: .error,
        summary:
            "A `metadata.annotations` key that is not a qualified name, or annotations larger than 256 KiB in all (with client-side `oc apply`'s copy of the object).",
        rationale: """
            Annotation keys follow the rules of label keys (a qualified name, checked after \
            lowercasing); values are free text. All keys and values together may take at most \
            262 144 bytes (apimachinery `pkg/api/validation/objectmeta.go`, \
            `ValidateAnnotationsSize`). The server refuses the object otherwise, with Kubernetes' own \
            messages: `metadata.annotations: Too long: may not be more than 262144 bytes` (servers \
            before Kubernetes 1.32, OpenShift 4.18 and older, say `must have at most 262144 bytes`).

            Client-side `oc apply` adds `kubectl.kubernetes.io/last-applied-configuration` to the \
            annotations: the whole object as compact JSON, annotations included (kubectl \
            `pkg/util/apply.go`, `GetModifiedConfiguration`). Under `apply: client` and `kustomize` \
            that copy counts too, so the annotations themselves get about half the room, and a large \
            object (an export with a big `image`) can pass the limit without any annotation. The \
            copy is measured as kubectl writes it: Go's JSON escaping, aliases expanded, and the \
            namespace kubectl adds when the file has none left out.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                ↓"description of the image": Ruby 3.3 on UBI 9
                ↓-owner: web
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              ↓annotations:
                big: \(String(repeating: "x", count: 262_142))
            """,
        ].withEveryKindForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3 on UBI 9, with / and % and spaces
                openshift.io/display-name: Ruby
                Example.COM/Owner: web
            """
        ].withEveryKindForms(),
        modeExamples: [
            ModeExample(
                .client, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  ↓annotations:
                    notes: \(String(repeating: "x", count: 140_000))
                """),
            ModeExample(
                .create, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                  annotations:
                    notes: \(String(repeating: "x", count: 140_000))
                """),
        ],
        applyModeNote: """
            Under `apply: client` and `kustomize` the size counts the last-applied copy of the \
            object that kubectl adds; under `apply: server` and `create` only the annotations written.
            """)

    /// The annotation client-side `oc apply` adds.
    static let lastAppliedKey = "kubectl.kubernetes.io/last-applied-configuration"

    static let kinds = ObjectKind.allCases

    func check(_ object: LintObject) -> [Finding] {
        let path = object.path("metadata", "annotations")
        let entries = StringMapEntries.of(object.root, "metadata", "annotations")
        var findings = entries.flatMap { entry in
            KubernetesNames.annotationKey(entry.key).map { reason in
                finding("annotation key \(ValueDescription.quote(entry.key)) is invalid: \(reason)", at: path, range: entry.keyRange)
            }
        }
        let total = entries.reduce(0) { $0 + $1.key.utf8.count + ($1.value?.utf8.count ?? 0) }
        let tooLong = "metadata.annotations: Too long: may not be more than \(Self.totalSizeLimit) bytes"
        if total > Self.totalSizeLimit, let range = annotationsKeyRange(of: object) {
            findings.append(
                finding(
                    "metadata.annotations take \(total) bytes, and the server refuses more than \(Self.totalSizeLimit) (\(tooLong))",
                    at: path, range: range))
        } else if object.applyMode.addsLastAppliedAnnotation,
            let copy = lastAppliedCopy(of: object, room: Self.totalSizeLimit - total - Self.lastAppliedKey.utf8.count)
        {
            let range =
                annotationsKeyRange(of: object) ?? object.rootEntry(forKey: "metadata").map { object.document[$0.key].range }
                ?? object.document.entry(forKey: "kind", in: object.node).map { object.document[$0.key].range } ?? object.document[object.node].range
            let size = if case .bytes(let length) = copy { "the \(length)-byte" } else { "a larger" }
            findings.append(
                finding(
                    "metadata.annotations take \(total) bytes, and with \(size) copy of the object that \(object.applyMode.command) adds as \(Self.lastAppliedKey) (\(object.applyMode.setting)) they take more than the server allows (\(tooLong)); shrink the object or its annotations",
                    at: path, range: range))
        }
        return findings
    }

    private func annotationsKeyRange(of object: LintObject) -> SourceRange? {
        guard case .present(let metadata, _) = object.field(["metadata"]), let key = object.document.entry(forKey: "annotations", in: metadata)?.key else {
            return nil
        }
        return object.document[key].range
    }

    /// The length of the last-applied copy of the object (its JSON and a newline) when it takes
    /// more than `room` bytes (`.overCap` when the measure stopped there); nil when it fits. The
    /// JSON takes at most eight bytes for each byte of source when there are no aliases, so a
    /// small object is not measured.
    private func lastAppliedCopy(of object: LintObject, room: Int) -> JSONSize.Measure? {
        let range = object.document[object.node].range
        if !object.document.mayHoldAliases, (range.end.offset - range.start.offset) * 8 + 16 < room { return nil }
        // Measured a little past the room, so that a copy just over it is told by its length.
        switch JSONSize.of(object.node, in: object.document, cap: max(room, 0) * 2 + 4_096) {
        case .bytes(let size): return size + 1 > room ? .bytes(size + 1) : nil
        // Past the cap through aliases is an alias bomb, which go-yaml refuses before any
        // size matters (document contains excessive aliasing).
        case .overCap: return object.document.mayHoldAliases ? nil : .overCap
        case .unconvertible: return nil
        }
    }
}
