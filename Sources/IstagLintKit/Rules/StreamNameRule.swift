import YAMLTree

/// IST107: a stream part of the name that the server refuses for an image stream.
struct StreamNameRule: ObjectRule {
    /// The longest `namespace/stream`.
    public static let maxQualifiedLength = 255

    static let description = RuleDescription(
        code: "IST107",
        name: "stream-name",
        severity: .error,
        summary: "The stream part of `metadata.name` is not a valid image stream name, or `namespace/stream` is longer than 255 characters.",
        rationale: """
            Creating an ImageStreamTag creates or updates the image stream named by the part before \
            the `:`, and the server validates that stream: its name must match \
            `[a-z0-9]+(?:[._-][a-z0-9]+)*` (lowercase letters and digits, with single `.`, `_` or `-` \
            between them), and `namespace/name` may not be longer than 255 characters, since it \
            becomes the repository of a pull spec. The error is reported against the ImageStream \
            (`ImageStream "Ruby" is invalid: metadata.name: Invalid value: "Ruby": must match \
            "[a-z0-9]+(?:[._-][a-z0-9]+)*"`).

            The finding underlines the stream part. The tag part has no character rules on the \
            server.

            An ImageStream's own name gets the same checks (openshift-apiserver \
            `pkg/image/apis/image/validation/validation.go`: `ValidateImageStreamName`, then the \
            `'namespace/name' cannot be longer than 255 characters` check of \
            `ValidateImageStreamWithWhitelister`); a name that is `.` or `..` or holds `/` or `%` \
            is the path-segment rule's (IST105), which is all the server reports then.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓Ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: "↓ruby--slim:3.3"
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby-slim.ubi_9:3.3
              namespace: web
            """
        ].withImageStreamForms())

    static let kinds = ObjectKind.streamKinds

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let name, let range) = object.name, !name.utf8.contains(UInt8(ascii: "/")), !name.utf8.contains(UInt8(ascii: "%")) else {
            return []
        }
        // An ImageStreamTag names its stream before the first colon byte, as the server splits
        // it; an ImageStream is the stream.
        let stream: String
        switch object.kind {
        case .imageStreamTag:
            guard let split = ImageStreamTagName(name) else { return [] }
            stream = split.stream
        case .imageStream:
            // "." and ".." are the path-segment rule's, and the server reports only that.
            guard name != ".", name != ".." else { return [] }
            stream = name
        case .image, .imageSignature:
            return []
        }
        var part: String {
            object.kind == .imageStreamTag
                ? "the stream part \(ValueDescription.quote(stream)) of metadata.name" : "metadata.name \(ValueDescription.quote(stream))"
        }
        guard !stream.isEmpty else { return [] }
        var streamRange: SourceRange { ScalarSlice.range(of: name, in: range, from: 0, length: stream.unicodeScalars.count) }
        var path: FieldPath { object.path("metadata", "name") }
        var findings = KubernetesNames.imageStreamName(stream).map { reason in
            var message = "\(part) \(reason), so the server refuses the image stream"
            let lowered = stream.lowercased()
            if lowered != stream, KubernetesNames.imageStreamName(lowered).isEmpty { message += "; write \(ValueDescription.quote(lowered))" }
            return finding(FindingMessage(message), at: path, range: streamRange)
        }
        if case .value(let namespace, _) = object.namespace,
            namespace.utf8.count + 1 + stream.utf8.count > Self.maxQualifiedLength
        {
            findings.append(
                finding(
                    "'namespace/name' cannot be longer than \(Self.maxQualifiedLength) characters: \(namespace)/\(stream) has \(namespace.utf8.count + 1 + stream.utf8.count)",
                    at: path, range: streamRange))
        }
        return findings
    }
}
