/// IST111: annotation keys Kubernetes refuses, or annotations over 256 KiB.
public struct AnnotationRule: ObjectRule {
    public init() {}

    /// Kubernetes' `TotalAnnotationSizeLimitB`: 256 KiB of keys and values together.
    public static let totalSizeLimit = 256 * 1024

    public var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
        code: "IST111",
        name: "annotation-format",
        severity: .error,
        summary: "A `metadata.annotations` key that is not a qualified name, or annotations larger than 256 KiB in all.",
        rationale: """
            Annotation keys follow the rules of label keys (a qualified name, checked after \
            lowercasing); values are free text. All keys and values together may take at most \
            262 144 bytes. The server refuses the object otherwise, with Kubernetes' own messages.
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
        ],
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
            """,
        ])

    public func check(_ object: LintObject) -> [Finding] {
        var path: FieldPath { object.path("metadata", "annotations") }
        let entries = StringMapEntries.of(object, "metadata", "annotations")
        var findings = entries.flatMap { entry in
            KubernetesNames.annotationKey(entry.key).map { reason in
                finding("annotation key \(ValueDescription.quote(entry.key)) is invalid: \(reason)", at: path, range: entry.keyRange)
            }
        }
        let total = entries.reduce(0) { $0 + $1.key.utf8.count + ($1.value?.utf8.count ?? 0) }
        if total > Self.totalSizeLimit, case .present(let metadata, _) = object.field(["metadata"]),
            let key = object.document.entry(forKey: "annotations", in: metadata)?.key {
            findings.append(finding(
                "metadata.annotations take \(total) bytes, and the server refuses more than \(Self.totalSizeLimit) (Too long: must have at most \(Self.totalSizeLimit) bytes)",
                at: path, range: object.document[key].range))
        }
        return findings
    }
}
