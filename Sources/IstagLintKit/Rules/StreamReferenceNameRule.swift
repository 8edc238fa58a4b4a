/// IST204: an `ImageStreamTag` or `ImageStreamImage` source name with more than one separator.
public struct StreamReferenceNameRule: ObjectRule {
    public init() {}

    public var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
        code: "IST204",
        name: "stream-reference-name",
        severity: .error,
        summary: "`tag.from.name` of an `ImageStreamTag` has more than one `:`, or of an `ImageStreamImage` more than one `@`.",
        rationale: """
            A tag that tracks another tag names it `<tag>` (in the same stream) or `<stream>:<tag>`; \
            one that tracks an image names it `<id>` or `<stream>@<id>`. When the image stream is \
            written, the server splits the name on `:` (or `@`) and refuses more than two parts: \
            `must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>`. A registry or a \
            namespace does not belong in the name: a pull spec needs `kind: DockerImage`, and another \
            namespace goes in `from.namespace`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamTag
                name: ↓registry.example.com:5000/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamImage
                name: ↓ruby@sha256@abc
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamImage
                namespace: shared
                name: ruby@sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
            """,
        ])

    public func check(_ object: LintObject) -> [Finding] {
        guard case .value(let kind, _) = object.string("tag", "from", "kind"),
            case .value(let name, let range) = object.string("tag", "from", "name")
        else { return [] }
        let separator: Character
        switch kind {
        case "ImageStreamTag": separator = ":"
        case "ImageStreamImage": separator = "@"
        default: return []
        }
        guard name.split(separator: separator, omittingEmptySubsequences: false).count > 2 else { return [] }
        var message = "tag.from.name \(ValueDescription.quote(name)) of kind \(kind) has more than one '\(separator)': it must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>"
        if name.contains("/") { message += "; for a pull spec use kind: DockerImage" }
        return [finding(message, at: object.path("tag", "from", "name"), range: range)]
    }
}
