/// IST204: an `ImageStreamTag` or `ImageStreamImage` source name the server cannot resolve to a stream.
struct StreamReferenceNameRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST204",
        name: "stream-reference-name",
        severity: .error,
        summary:
            "`tag.from.name` of an `ImageStreamTag` has more than one `:`, or of an `ImageStreamImage` more than one `@`, or its stream part cannot name an image stream.",
        rationale: """
            A tag that tracks another tag names it `<tag>` (in the same stream) or `<stream>:<tag>`; \
            one that tracks an image names it `<id>` or `<stream>@<id>`. When the image stream is \
            written, the server splits the name on `:` (or `@`) and refuses more than two parts: \
            `must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>`. A registry or a \
            namespace does not belong in the name: a pull spec needs `kind: DockerImage`, and another \
            namespace goes in `from.namespace`.

            The stream part is then looked up (openshift-apiserver `imagestream/strategy.go`, \
            `tagsChanged` → `parseFromReference`, then the image stream store's `Get`), so it must be \
            a name an image stream can have (`ValidateImageStreamName`: \
            `[a-z0-9]+(?:[._-][a-z0-9]+)*`, and the path-segment rules). A stream part with `/` or \
            `%` fails the lookup with `unable to retrieve image stream: Name parameter invalid: \
            "quay.io/ruby": may not contain '/'`; an empty one with `Name parameter required.`; any \
            other name no stream can have with `spec.tags[3.3].from.name: Not found: "Ruby:3.3"`. The \
            image stream is refused in each case (`Internal error: imagestreams "ruby" is invalid`).
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
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamTag
                name: ↓openshift/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ImageStreamImage
                name: ↓Ruby@sha256:8a2c8e4a52ee1ca6e47d8a0a4c5cbd1d8e7d5f2b8e1c9b3a4d5e6f708192a3b4
            """,
        ].withImageStreamForms(),
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
            """
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .value(let kind, _) = tag.fromKind,
            case .value(let name, let range) = tag.fromName
        else { return [] }
        let separator: Character
        switch kind {
        case "ImageStreamTag": separator = ":"
        case "ImageStreamImage": separator = "@"
        default: return []
        }
        let parts = name.split(separator: separator, omittingEmptySubsequences: false)
        let quoted = ValueDescription.quote(name)
        let path = tag.view.path("from", "name")
        if parts.count > 2 {
            var message =
                "\(tag.view.path("from", "name")) \(quoted) of kind \(kind) has more than one '\(separator)': it must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>"
            if name.contains("/") { message += "; for a pull spec use kind: DockerImage" }
            return [finding(FindingMessage(message), at: path, range: range)]
        }
        // One part names a tag or image of the object's own stream.
        guard parts.count == 2 else { return [] }
        let stream = String(parts[0])
        if stream.isEmpty {
            return [
                finding(
                    "\(tag.view.path("from", "name")) \(quoted) of kind \(kind) has an empty stream before '\(separator)', and the server's lookup fails (unable to retrieve image stream: Name parameter required.): name the stream, or leave out the '\(separator)' for this stream",
                    at: path, range: range)
            ]
        }
        let segmentErrors = KubernetesNames.pathSegmentName(stream, prefix: false)
        if !segmentErrors.isEmpty {
            var message =
                "\(tag.view.path("from", "name")) \(quoted) of kind \(kind) names the stream \(ValueDescription.quote(stream)), which the server cannot look up (unable to retrieve image stream: Name parameter invalid: \(ValueDescription.quote(stream)): \(segmentErrors.joined(separator: ";")))"
            if stream.contains("/") {
                let first = stream.prefix { $0 != "/" }
                let looksLikeRegistry = first.contains(".") || first.contains(":") || first == "localhost"
                message +=
                    looksLikeRegistry
                    ? "; this is a pull spec under the wrong kind: use kind: DockerImage"
                    : "; a pull spec needs kind: DockerImage, and a stream in another namespace is written namespace: \(first) with name: \(stream.dropFirst(first.count + 1))\(separator)\(parts[1])"
            }
            return [finding(FindingMessage(message), at: path, range: range)]
        }
        if !KubernetesNames.imageStreamName(stream).isEmpty {
            let lower = KubernetesNames.goToLower(stream)
            var message =
                "\(tag.view.path("from", "name")) \(quoted) of kind \(kind) names the stream \(ValueDescription.quote(stream)), which no image stream can be called (names must match [a-z0-9]+(?:[._-][a-z0-9]+)*), so the server refuses the tag (from.name: Not found: \(quoted))"
            if KubernetesNames.imageStreamName(lower).isEmpty { message += "; did you mean \(ValueDescription.quote(lower + String(separator) + parts[1]))" }
            return [finding(FindingMessage(message), at: path, range: range)]
        }
        return []
    }
}
