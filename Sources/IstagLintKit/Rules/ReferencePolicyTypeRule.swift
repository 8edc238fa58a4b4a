/// IST206: a `tag.referencePolicy.type` other than `Source` or `Local`.
struct ReferencePolicyTypeRule: TagReferenceRule {
    /// The reference policy types, as the server spells them.
    public static let validTypes = SchemaCatalog.referencePolicyTypes

    static let description = RuleDescription(
        code: "IST206",
        name: "reference-policy-type",
        severity: .error,
        fix: .nearest("writes the nearest valid type"),
        summary: "`tag.referencePolicy.type` is not `Source` or `Local`.",
        rationale: """
            The reference policy decides whether pods and builds pull the tag from its source \
            registry (`Source`) or through the integrated registry (`Local`). The server defaults an \
            empty type to `Source` before it validates, so leaving it out or writing `""` is fine; \
            any other value, including a different case such as `local`, is refused: \
            `tag.referencePolicy.type: Invalid value: "local": valid values are "Source", "Local"`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              referencePolicy:
                type: ↓local
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              referencePolicy:
                type: ↓Sorce
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              referencePolicy:
                type: ""
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              referencePolicy:
                type: Local
            """,
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .value(let type, let range) = tag.view.string("referencePolicy", "type"), !Self.validTypes.contains(type) else { return [] }
        var message = "\(tag.view.path("referencePolicy", "type")) \(ValueDescription.quote(type)) is invalid: valid values are \"Source\", \"Local\""
        var fix: Fix?
        if let nearest = EditDistance.nearest(to: type.trimmingASCIIWhitespace(), in: Self.validTypes) {
            message += "; did you mean \"\(nearest)\""
            fix = Fix.nearest(nearest, for: type, at: range)
        }
        return [finding(FindingMessage(message), at: tag.view.path("referencePolicy", "type"), range: range, fix: fix)]
    }
}
