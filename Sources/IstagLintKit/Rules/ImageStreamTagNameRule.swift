/// IST106: a name that is not exactly `<stream>:<tag>`.
struct ImageStreamTagNameRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST106",
        name: "istag-name",
        severity: .error,
        summary: "`metadata.name` is not exactly `<stream>:<tag>`: one `:`, no `@`, both parts non-empty.",
        rationale: """
            An ImageStreamTag is the tag `<tag>` of the image stream `<stream>`, and its name says \
            both. Without a `:` the server fails the create (`"ruby" must be of the form \
            <stream_name>:<tag>`). Create is lenient beyond that (`ruby:` becomes `ruby:latest`, \
            `ruby:a:b` makes a tag `a:b`), but get, update and delete parse the name strictly, so \
            `oc apply`, which gets the object first, refuses such names: \
            `ImageStreamTags must be retrieved with <name>:<tag>`. The strict rules: exactly one \
            `:`, no `@` (that names an ImageStreamImage), and a non-empty stream and tag.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓ruby
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓ruby:3.3:slim
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓"ruby:"
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓ruby@sha256:4a5b
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3-ubi9
            """
        ],
        modeExamples: [
            ModeExample(
                .create, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ↓ruby:3.3:ubi9
                """)
        ],
        applyModeNote: """
            An error under every mode. For a name with more than one `:` the message differs: \
            `oc apply` (client-side, server-side and `-k`) fails on its first request with \
            `ImageStreamTags must be retrieved with <name>:<tag>` (`nameAndTag` in \
            openshift-apiserver `imagestreamtag/rest.go`, used by get, update and patch), while \
            `oc create` makes a tag that nothing can address afterwards.
            """)

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let name, let range) = object.name else { return [] }
        var quoted: String { ValueDescription.quote(name) }
        var path: FieldPath { object.path("metadata", "name") }
        if name.utf8.contains(UInt8(ascii: "@")) {
            return [
                finding(
                    "metadata.name \(quoted) has an @, so it names an image stream image, not an image stream tag; oc apply cannot get it (ImageStreamTags must be retrieved with <name>:<tag>): write <stream>:<tag>",
                    at: path, range: range)
            ]
        }
        // The usual name has one colon with text on both sides: settled without splitting.
        let colons = name.utf8.reduce(0) { $1 == UInt8(ascii: ":") ? $0 + 1 : $0 }
        if colons == 1, name.utf8.first != UInt8(ascii: ":"), name.utf8.last != UInt8(ascii: ":") { return [] }
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 {
            return [
                finding(
                    "metadata.name \(quoted) must be of the form <stream_name>:<tag>, and the server fails the create without the tag: write \(name):<tag>, for example \(name):latest",
                    at: path, range: range)
            ]
        }
        if parts.count > 2 {
            let made = "the create makes the tag \"\(parts.dropFirst().joined(separator: ":"))\""
            let message =
                object.applyMode == .create
                ? "metadata.name \(quoted) must have exactly one ':' (expected exactly one : delimiter in the istag); \(made), which oc apply, get and delete cannot address"
                : "metadata.name \(quoted) must have exactly one ':', and \(object.applyMode.command) is refused before anything is written (ImageStreamTags must be retrieved with <name>:<tag>); \(made) only with oc create"
            return [finding(FindingMessage(message), at: path, range: range)]
        }
        if parts[0].isEmpty || parts[1].isEmpty {
            let missing = parts[0].isEmpty ? "stream" : "tag"
            return [
                finding(
                    "metadata.name \(quoted) must have a name and a tag, and the \(missing) is empty; oc apply cannot get it (ImageStreamTags must be retrieved with <name>:<tag>)",
                    at: path, range: range)
            ]
        }
        return []
    }
}
