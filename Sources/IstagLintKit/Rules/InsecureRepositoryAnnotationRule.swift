/// IST502: the annotation `openshift.io/image.insecureRepository: "true"`.
struct InsecureRepositoryAnnotationRule: ObjectRule {
    /// The annotation that marks a repository as reachable without TLS.
    public static let annotation = "openshift.io/image.insecureRepository"

    static let description = RuleDescription(
        code: "IST502",
        name: "insecure-repository-annotation",
        severity: .warning,
        summary: "The annotation `openshift.io/image.insecureRepository: \"true\"` relaxes registry checks for insecure transport.",
        rationale: """
            On an ImageStreamTag, `openshift.io/image.insecureRepository: \"true\"` tells the server to \
            treat the source repository as insecure: the registry allow-list then accepts it over \
            plain HTTP as well as HTTPS, as `importPolicy.insecure` does. It weakens the same \
            protection, less visibly.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                openshift.io/image.insecureRepository: ↓"true"
            tag:
              annotations:
                openshift.io/image.insecureRepository: ↓"true"
            """
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                openshift.io/image.insecureRepository: "false"
            tag:
              annotations:
                openshift.io/image.insecureRepository: "false"
            """
        ].withImageStreamForms(),
        tags: ["security"])

    static let kinds = ObjectKind.streamKinds

    func check(_ object: LintObject) -> [Finding] {
        // The object's own annotations, and each tag reference's (an ImageStreamTag's `tag`,
        // an ImageStream's `spec.tags`); a path is spelled out only for a finding.
        let places = [(object.root, ["metadata", "annotations"])] + object.tagReferences.map { ($0.view, ["annotations"]) }
        return places.flatMap { view, keys in
            StringMapEntries.of(view, path: keys)
                .filter { $0.key == Self.annotation && $0.value == "true" }
                .compactMap { entry -> Finding? in
                    guard let range = entry.valueRange else { return nil }
                    let path = keys.reduce(view.path) { $0.child($1) }
                    return finding(
                        "\(path)[\(Self.annotation)] is \"true\": the source repository may be reached over plain HTTP; remove it and serve the registry over TLS",
                        at: path.key(Self.annotation), range: range)
                }
        }
    }
}
