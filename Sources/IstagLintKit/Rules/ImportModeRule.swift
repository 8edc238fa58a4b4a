/// IST207: a `tag.importPolicy.importMode` other than `Legacy` or `PreserveOriginal`.
struct ImportModeRule: TagReferenceRule {
    /// The import modes, as the server spells them.
    public static let validModes = SchemaCatalog.importModes

    static let description = RuleDescription(
        code: "IST207",
        name: "import-mode",
        severity: .error,
        fix: .nearest("writes the nearest valid mode"),
        summary: "`tag.importPolicy.importMode` is not `Legacy` or `PreserveOriginal`.",
        rationale: """
            `Legacy` (the default) imports one image of a manifest list, chosen by platform; \
            `PreserveOriginal` imports the list and all its images. The server defaults an empty mode \
            to `Legacy` and refuses anything else, case-sensitively: `invalid import mode, valid \
            modes are '', 'Legacy', 'PreserveOriginal'`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              importPolicy:
                importMode: ↓preserveOriginal
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              importPolicy:
                importMode: ↓Legazy
            """,
        ].withImageStreamForms(),
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              importPolicy:
                importMode: PreserveOriginal
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              importPolicy:
                importMode: ""
            """,
        ].withImageStreamForms())

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .value(let mode, let range) = tag.view.string("importPolicy", "importMode"), !Self.validModes.contains(mode) else { return [] }
        var message =
            "\(tag.view.path("importPolicy", "importMode")) \(ValueDescription.quote(mode)) is invalid: invalid import mode, valid modes are '', 'Legacy', 'PreserveOriginal'"
        var fix: Fix?
        if let nearest = EditDistance.nearest(to: mode.trimmingASCIIWhitespace(), in: Self.validModes) {
            message += "; did you mean \"\(nearest)\""
            fix = Fix.nearest(nearest, for: mode, at: range)
        }
        return [finding(FindingMessage(message), at: tag.view.path("importPolicy", "importMode"), range: range, fix: fix)]
    }
}
