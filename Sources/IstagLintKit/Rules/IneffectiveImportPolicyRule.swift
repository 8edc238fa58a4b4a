/// IST507: import policy settings on a tag that is never imported.
struct IneffectiveImportPolicyRule: TagReferenceRule {
    static let description = RuleDescription(
        code: "IST507",
        name: "ineffective-import-policy",
        severity: .warning,
        summary:
            "`importPolicy.insecure` or `importPolicy.importMode` on a tag that is never imported: an `ImageStreamTag` or `ImageStreamImage` source, or `reference: true`.",
        rationale: """
            The import policy tells the server how to import a tag from a registry. A tag that points \
            at another tag or image of the cluster resolves inside the cluster and imports nothing, \
            and a `reference: true` tag is never imported: `insecure` and `importMode` then have no \
            effect, and whoever wrote them expected something that does not happen. (`scheduled` on \
            such a tag is an error, `scheduled-import-kind`, or `pointless-scheduled-import`.)
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:stable
            tag:
              from:
                kind: ImageStreamTag
                name: ruby:3.3
              importPolicy:
                importMode: ↓PreserveOriginal
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              reference: true
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              importPolicy:
                insecure: ↓true
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
                name: quay.io/example/ruby:3.3
              importPolicy:
                importMode: PreserveOriginal
            """
        ].withImageStreamForms(),
        tags: ["best-practice"])

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        let why: String
        if tag.view.bool("reference") == true {
            why = "a reference: true tag is never imported"
        } else if case .value(let kind, _) = tag.fromKind, kind == "ImageStreamTag" || kind == "ImageStreamImage" {
            why = "a tag of kind \(kind) resolves inside the cluster and imports nothing"
        } else {
            return []
        }
        var findings: [Finding] = []
        if tag.view.bool("importPolicy", "insecure") == true, case .present(_, let range) = tag.view.field("importPolicy", "insecure") {
            findings.append(
                finding("\(tag.view.path("importPolicy", "insecure")) has no effect: \(why)", at: tag.view.path("importPolicy", "insecure"), range: range))
        }
        if case .value(let mode, let range) = tag.view.string("importPolicy", "importMode") {
            findings.append(
                finding(
                    "\(tag.view.path("importPolicy", "importMode")) \(ValueDescription.quote(mode)) has no effect: \(why)",
                    at: tag.view.path("importPolicy", "importMode"),
                    range: range))
        }
        return findings
    }
}
