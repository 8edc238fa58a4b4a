/// IST309: `metadata.annotations` that a create drops.
public struct AnnotationsDroppedRule: ObjectRule {
    public init() {}

    public var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
        code: "IST309",
        name: "annotations-dropped",
        severity: .warning,
        summary: "`metadata.annotations` without the same map in `tag.annotations`: a create drops them.",
        rationale: """
            An ImageStreamTag stores its annotations in the image stream's spec tag. When the \
            ImageStreamTag is created, the server copies `tag` into the stream as it is and does not \
            copy `metadata.annotations`, so annotations that are only in `metadata` are lost (with \
            `tag: null` they are lost whatever you write). A later update would store them, which \
            makes the behaviour depend on whether the object existed. Repeat the map in \
            `tag.annotations`: the server accepts it when the two are equal.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              ↓annotations:
                description: Ruby 3.3 on UBI 9
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                description: Ruby 3.3 on UBI 9
            tag:
              annotations:
                description: Ruby 3.3 on UBI 9
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
        ])

    public func check(_ object: LintObject) -> [Finding] {
        guard !object.isExport, !StringMapEntries.of(object, "metadata", "annotations").isEmpty,
            case .present(let metadata, _) = object.field(["metadata"]),
            let key = object.document.entry(forKey: "annotations", in: metadata)?.key,
            !object.has("tag", "annotations")
        else { return [] }
        let why = object.has("tag") ? "tag.annotations does not repeat them" : "there is no tag"
        return [finding(
            "metadata.annotations are dropped when this ImageStreamTag is created, because \(why); repeat the same map in tag.annotations",
            at: object.path("metadata", "annotations"), range: object.document[key].range)]
    }
}
