/// IST301: a `tag.generation` that the server overwrites.
struct TagGenerationRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST301",
        name: "tag-generation",
        severity: .warning,
        summary: "`tag.generation` is set to a value other than 0 in a manifest to apply; the server overwrites it.",
        rationale: """
            `tag.generation` counts changes to the spec tag, and only the server moves it: on create \
            every spec tag gets the stream's generation, and on update users \"cannot change spec tag \
            generation to any value except 0\" (the old value is kept). So a number written by hand is \
            silently replaced, and anyone reading the manifest is misled about the import state. \
            The one value that means something is `0`: it asks for a re-import (see \
            `reimport-request`, IST302).

            Copies of live objects (with `resourceVersion`, `uid` or `creationTimestamp`) carry the \
            server's own generation and are not reported.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              generation: ↓4
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              generation: null
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              resourceVersion: "8812"
            tag:
              generation: 4
            """,
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard !object.isExport, let (generation, range) = tag.view.int("generation"), generation != 0 else { return [] }
        return [
            finding(
                "\(tag.view.path("generation")) \(generation) is overwritten by the server, which owns it; remove it, or write 0 to ask for a re-import",
                at: tag.view.path("generation"), range: range)
        ]
    }
}
