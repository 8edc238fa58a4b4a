/// IST507: import policy settings on a tag that is never imported.
struct IneffectiveImportPolicyRule: ObjectRule {
    static let description = RuleDescription(
        code: "IST507",
        name: "ineffective-import-policy",
        severity: .warning,
        summary: "`importPolicy.insecure` or `importPolicy.importMode` on a tag that is never imported: an `ImageStreamTag` or `ImageStreamImage` source, or `reference: true`.",
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
        ],
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
            """,
        ],
        tags: ["best-practice"])

    func check(_ object: LintObject) -> [Finding] {
        let why: String
        if object.bool("tag", "reference") == true {
            why = "a reference: true tag is never imported"
        } else if case .value(let kind, _) = object.string("tag", "from", "kind"), kind == "ImageStreamTag" || kind == "ImageStreamImage" {
            why = "a tag of kind \(kind) resolves inside the cluster and imports nothing"
        } else {
            return []
        }
        var findings: [Finding] = []
        if object.bool("tag", "importPolicy", "insecure") == true, case .present(_, let range) = object.field(["tag", "importPolicy", "insecure"]) {
            findings.append(finding("tag.importPolicy.insecure has no effect: \(why)", at: object.path("tag", "importPolicy", "insecure"), range: range))
        }
        if case .value(let mode, let range) = object.string("tag", "importPolicy", "importMode") {
            findings.append(finding("tag.importPolicy.importMode \(ValueDescription.quote(mode)) has no effect: \(why)", at: object.path("tag", "importPolicy", "importMode"), range: range))
        }
        return findings
    }
}
