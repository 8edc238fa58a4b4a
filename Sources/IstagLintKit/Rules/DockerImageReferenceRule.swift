import YAMLTree

/// IST203: a `DockerImage` name that is not a valid image reference.
struct DockerImageReferenceRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST203",
        name: "docker-image-reference",
        severity: .error,
        fix: .always(.safe, "lowercases the repository, or drops the URL scheme, when that makes the pull spec parse"),
        summary: "`tag.from.name` of a `DockerImage` is not a valid image reference (pull spec).",
        rationale: """
            For `kind: DockerImage` the server parses `from.name` with OpenShift's image-reference \
            grammar (`[registry[:port]/]repository[:tag][@digest]`) and refuses the tag with the \
            parser's own words: `invalid reference format`, `repository name must be lowercase`, \
            `repository name must not be more than 255 characters`, `invalid checksum digest format`, \
            `invalid checksum digest length` or `unsupported digest algorithm`. istaglint runs an \
            exact port of that parser: repository path components are lowercase letters and digits \
            with `.`, `_`, `__` or runs of `-` between them; a tag is at most 128 of `[A-Za-z0-9_.-]` \
            and does not start with `.` or `-`; a digest is `sha256`, `sha384` or `sha512` with 64, \
            96 or 128 hex digits. A scheme (`https://`) is not part of a pull spec.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: ↓quay.io/Example/Ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: ↓https://quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: ↓quay.io/example/ruby@sha256:abc123abc123abc123abc123abc123ab
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
                kind: DockerImage
                name: registry.example.com:5000/team/ruby-33__slim:3.3-ubi9
            """
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard let source = tag.fromReference, case .failure(let error) = source.parsed else { return [] }
        let (name, range) = (source.text, source.range)
        let path = tag.view.path("from", "name")
        return [Self.invalidReference(name, error: error, at: path, range: range, by: self)]
    }

    /// The finding for a pull spec that does not parse, wherever one stands (a tag's
    /// `from.name`, an image's `dockerImageReference`): the parser's message, and the one
    /// correction that makes it parse when there is one (a safe fix), the repository
    /// lowercased or the URL scheme dropped.
    static func invalidReference(_ reference: String, error: ImageReferenceError, at path: FieldPath, range: SourceRange, by rule: some Rule)
        -> Finding
    {
        var message = "\(path) \(ValueDescription.quote(reference)) is not a valid image reference: \(error.message)"
        var corrected: String?
        let lowered = lowercasingRepository(reference)
        if error.message == "repository name must be lowercase", case .success = ImageReference.parse(lowered) {
            corrected = lowered
            message += "; write \(ValueDescription.quote(lowered))"
        } else if let withoutScheme = droppingScheme(reference), case .success = ImageReference.parse(withoutScheme) {
            corrected = withoutScheme
            message += "; a pull spec has no scheme: write \(ValueDescription.quote(withoutScheme))"
        }
        let fix = corrected.map { Fix(range: range, replacement: $0, applicability: .safe) }
        return rule.finding(FindingMessage(message), at: path, range: range, fix: fix)
    }

    /// The reference with its repository path lowercased and its registry and tag kept.
    static func lowercasingRepository(_ name: String) -> String {
        let (head, tail) = ImageReference.repositoryAndSuffix(name)
        var segments = head.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let registryIndex = segments.count > 1 && (segments[0].contains(".") || segments[0].contains(":") || segments[0] == "localhost") ? 1 : 0
        for index in registryIndex..<segments.count { segments[index] = segments[index].lowercased() }
        return segments.joined(separator: "/") + tail
    }

    /// The reference after a `scheme://` prefix, or nil when there is none.
    static func droppingScheme(_ name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon + 2 < scalars.count,
            scalars[colon + 1] == "/", scalars[colon + 2] == "/"
        else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[(colon + 3)...])
        return String(rest)
    }
}
