import YAMLTree

/// IST004: an object of a linted kind whose `apiVersion` is not `image.openshift.io/v1`.
struct APIVersionRule: DocumentRule {
    /// The only group version the server serves the image kinds in.
    public static let servedVersion = "image.openshift.io/v1"

    static let description = RuleDescription(
        code: "IST004",
        name: "api-version",
        severity: .error,
        fix: .always(.safe, "writes the one served version, `image.openshift.io/v1`"),
        summary: "An `ImageStreamTag`, an `ImageStream` or a list of them whose `apiVersion` is not `image.openshift.io/v1`.",
        rationale: """
            The OpenShift API server serves image objects only in the group version \
            `image.openshift.io/v1`. The ungrouped legacy `apiVersion: v1` of OpenShift 3 is still \
            registered, but only to read old files: a manifest that carries it is refused with \
            `the API version in the data (v1) does not match the expected API version \
            (image.openshift.io/v1)`, and `oc apply` cannot map the kind `ImageStreamTag` in the \
            core `v1` group at all. A missing `apiVersion` is refused by `oc apply` before anything \
            is sent.

            Items of an `ImageStreamTagList` may leave `apiVersion` out; an item of a `List` needs its \
            own. An object of an OpenShift Template may say `v1`, or nothing: processing the \
            template (library-go `templateprocessing` `Processor.Process`, through \
            `legacygroupification.OAPIToGroupifiedGVK`) turns the legacy version into the kind's \
            group. The finding carries a fix that writes `image.openshift.io/v1`.
            """,
        triggeringExamples: [
            """
            apiVersion: ↓v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """,
            """
            ↓kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """,
            """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: ↓image.openshift.io/v1beta1
              kind: ImageStreamTag
              metadata:
                name: ruby:3.3
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTagList
            items:
            - metadata:
                name: ruby:3.3
            """,
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: not-an-image-stream-tag
            """,
        ],
        reportsMissingFields: true)

    func check(_ document: LintDocument) -> [Finding] {
        guard !document.hasUnknownKind else { return [] }
        var findings: [Finding] = []
        // A template's objects go through processing, which takes them without an apiVersion
        // only to fail on them later, and turns a legacy "v1" into the kind's group.
        let inTemplate = document.template != nil
        if document.kind != "List" && !inTemplate {
            findings += check(document.root, kind: document.kind, at: .root, in: document.document, required: !document.isPartial)
        }
        for object in document.objects where object.node != document.root {
            findings += check(
                object.node, kind: object.kind.name, at: object.path, in: document.document, required: document.kind == "List" && !document.isPartial,
                legacyAllowed: inTemplate)
        }
        return findings
    }

    /// Checks one mapping's apiVersion, whatever its type (the schema pass leaves it to this rule).
    private func check(_ mapping: NodeID, kind: String, at path: FieldPath, in tree: Document, required: Bool, legacyAllowed: Bool = false) -> [Finding] {
        let fieldPath = path.child("apiVersion")
        guard let entry = tree.entry(forKey: "apiVersion", in: mapping) else {
            guard required else { return [] }
            let anchor = tree.entry(forKey: "kind", in: mapping)?.key ?? mapping
            return [
                finding(
                    "apiVersion is missing; oc apply cannot send kind \(kind) without one: add apiVersion: \(Self.servedVersion)",
                    at: fieldPath, range: tree[anchor].range)
            ]
        }
        let range = tree[entry.value].range
        let fix = Fix(range: range, replacement: Self.servedVersion, applicability: .safe)
        guard case .string(let value) = KubernetesScalar.of(entry.value, in: tree) else {
            let found = KubernetesScalar.of(entry.value, in: tree)?.description ?? ValueDescription.describe(entry.value, in: tree)
            return [finding("apiVersion must be the string \"\(Self.servedVersion)\", found \(found)", at: fieldPath, range: range, fix: fix)]
        }
        if value == Self.servedVersion || (legacyAllowed && value == "v1") { return [] }
        if value == "v1" {
            return [
                finding(
                    "apiVersion \"v1\" is the legacy ungrouped version, which the server refuses for kind \(kind): write \"\(Self.servedVersion)\"",
                    at: fieldPath, range: range, fix: fix)
            ]
        }
        return [
            finding(
                "apiVersion \(ValueDescription.quote(value)) is not served for kind \(kind): the only served version is \"\(Self.servedVersion)\"",
                at: fieldPath, range: range, fix: fix)
        ]
    }
}
