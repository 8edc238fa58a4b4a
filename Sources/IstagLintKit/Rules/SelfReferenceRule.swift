/// IST511: an `ImageStreamTag` source that points at the tag itself.
struct SelfReferenceRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST511",
        name: "self-reference",
        severity: .warning,
        summary: "`tag.from` is an `ImageStreamTag` that names this same tag.",
        rationale: """
            A tag that tracks itself (`from: {kind: ImageStreamTag, name: ruby:3.3}` on `ruby:3.3`, \
            or `name: \"3.3\"`, which means the same stream) resolves to whatever it already holds: it \
            never changes and never gets an image if it had none. It is usually a typo for another \
            tag or another stream.
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
                name: ↓ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:stable
              namespace: web
            tag:
              from:
                kind: ImageStreamTag
                namespace: web
                name: ↓stable
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:stable
            tag:
              from:
                kind: ImageStreamTag
                name: ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:stable
            tag:
              from:
                kind: ImageStreamTag
                namespace: shared
                name: ruby:stable
            """,
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .value("ImageStreamTag", _) = tag.fromKind,
            case .value(let source, let range) = tag.fromName,
            case .value(let name, _) = object.name,
            let (stream, tagName) = Self.streamAndTag(of: tag, in: object, named: name)
        else { return [] }
        let target = source.utf8.contains(UInt8(ascii: ":")) ? source : stream + ":" + source
        guard target == stream + ":" + tagName else { return [] }
        if case .value(let fromNamespace, _) = tag.view.string("from", "namespace") {
            guard case .value(let namespace, _) = object.namespace, namespace == fromNamespace else { return [] }
        }
        let itself = object.kind == .imageStreamTag ? ValueDescription.quote(name) : ValueDescription.quote(stream + ":" + tagName)
        return [
            finding(
                "\(tag.view.path("from", "name")) \(ValueDescription.quote(source)) is this tag itself (\(itself)), so it never changes; name another tag",
                at: tag.view.path("from", "name"), range: range)
        ]
    }

    /// The stream and tag a tag reference defines: an ImageStreamTag's name split at its
    /// first colon byte (as the server splits it), or an ImageStream's name and the tag's.
    private static func streamAndTag(of tag: TagReference, in object: LintObject, named name: String) -> (String, String)? {
        switch object.kind {
        case .imageStreamTag:
            return ImageStreamTagName(name).map { ($0.stream, $0.tag) }
        case .imageStream:
            guard case .value(let tagName, _) = tag.view.string("name") else { return nil }
            return (name, tagName)
        case .image, .imageSignature:
            return nil
        }
    }
}
