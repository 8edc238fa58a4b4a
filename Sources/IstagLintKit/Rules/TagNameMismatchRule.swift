/// IST308: a `tag.name` that differs from the tag in `metadata.name`.
struct TagNameMismatchRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST308",
        name: "tag-name-mismatch",
        severity: .warning,
        fix: .always(.safe, "writes the tag of metadata.name, which the server stores anyway"),
        summary: "`tag.name` differs from the tag part of `metadata.name`; the server replaces it.",
        rationale: """
            The tag an ImageStreamTag writes is the part of `metadata.name` after the `:`. The server \
            fills an empty `tag.name` from it (`Strategy.PrepareForCreate`, openshift-apiserver \
            `pkg/image/apiserver/registry/imagestreamtag/strategy.go`), stores the tag in the stream's \
            spec tags under that name (`REST.Create`, and `REST.update`, which sets `tagRef.Name = tag`, \
            in `rest.go`), and reads the name back from that key \
            (`Convert_image_TagReferenceMap_to_v1_TagReferenceArray`): any other value is replaced, \
            without a word. A different `tag.name` is almost always a copy-paste slip: the manifest says \
            one tag and creates another.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              name: ↓"3.2"
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              name: "3.3"
            """
        ])

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let name, _) = object.name, let split = ImageStreamTagName(name),
            case .value(let tagName, let range) = object.string("tag", "name")
        else { return [] }
        var tag = split.tag
        if tag.isEmpty { tag = "latest" }
        guard tagName != tag else { return [] }
        return [
            finding(
                "tag.name \(ValueDescription.quote(tagName)) differs from the tag in metadata.name \(ValueDescription.quote(name)); the server replaces it with \(ValueDescription.quote(tag))",
                at: object.path("tag", "name"), range: range, fix: Fix(range: range, replacement: YAMLQuoting.doubleQuoted(tag), applicability: .safe))
        ]
    }
}
