/// IST208: `tag.annotations` that differ from `metadata.annotations`.
public struct TagAnnotationsRule: ObjectRule {
    public init() {}

    public var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
        code: "IST208",
        name: "tag-annotations",
        severity: .error,
        summary: "`tag.annotations` is set and differs from `metadata.annotations`.",
        rationale: """
            An ImageStreamTag's annotations live in the image stream's spec tag, and the server keeps \
            the two places in step: on create it refuses `tag.annotations` that are not exactly \
            `metadata.annotations` (`tag.annotations: Invalid value: "<map>": tag annotations must not \
            be provided or must be equal to the object meta annotations`). Leave `tag.annotations` out \
            or null, or repeat `metadata.annotations` there; an empty map equals no annotations.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3
            tag:
              annotations: ↓{description: Ruby}
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3
            tag:
              annotations:
                description: Ruby 3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              annotations: {}
            """,
        ])

    public func check(_ object: LintObject) -> [Finding] {
        guard case .present(_, let range) = object.field(["tag", "annotations"]) else { return [] }
        if case .invalid = object.field(["metadata", "annotations"]) { return [] }
        let tagEntries = StringMapEntries.of(object, "tag", "annotations")
        let metadataEntries = StringMapEntries.of(object, "metadata", "annotations")
        guard tagEntries.allSatisfy({ $0.value != nil }), metadataEntries.allSatisfy({ $0.value != nil }) else { return [] }
        let tagMap = Dictionary(tagEntries.map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let metadataMap = Dictionary(metadataEntries.map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { $1 })
        guard tagMap != metadataMap else { return [] }
        let differing = Set(tagMap.keys).union(metadataMap.keys).filter { tagMap[$0] != metadataMap[$0] }.sorted()
        let keys = differing.prefix(3).map { ValueDescription.quote($0) }.joined(separator: ", ") + (differing.count > 3 ? ", …" : "")
        return [finding(
            "tag.annotations must not be provided or must be equal to the object meta annotations; they differ in \(keys): leave tag.annotations out, or repeat metadata.annotations there",
            at: object.path("tag", "annotations"), range: range)]
    }
}
