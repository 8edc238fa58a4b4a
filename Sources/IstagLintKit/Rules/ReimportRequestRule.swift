/// IST302: `tag.generation: 0`, which asks for a re-import.
struct ReimportRequestRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST302",
        name: "reimport-request",
        severity: .info,
        summary: "`tag.generation: 0` asks the server to import the tag again on every apply.",
        rationale: """
            Setting a spec tag's generation to 0 is the documented way to request an import now: \
            the server gives the tag a new generation and the import controller fetches the \
            source again. In a manifest that is applied repeatedly this re-imports on every apply, \
            which is sometimes the point and sometimes a surprise, so it is worth knowing.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              generation: ↓0
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
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard !object.isExport, let (generation, range) = tag.view.int("generation"), generation == 0 else { return [] }
        return [
            finding(
                "\(tag.view.path("generation")) 0 asks the server to re-import the tag, on every apply of this manifest",
                at: tag.view.path("generation"), range: range)
        ]
    }
}
