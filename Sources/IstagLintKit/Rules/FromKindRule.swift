/// IST201: a `tag.from.kind` the server does not accept.
struct FromKindRule: TagReferenceRule {
    /// The kinds `tag.from` may name, as the server spells them.
    public static let validKinds = SchemaCatalog.fromKinds

    static let description = RuleDescription(
        code: "IST202",
        name: "from-kind",
        severity: .error,
        fix: .nearest("writes the nearest valid kind"),
        summary: "`tag.from.kind` is missing or is not `DockerImage`, `ImageStreamImage` or `ImageStreamTag`.",
        rationale: """
            A tag tracks an image in a registry (`DockerImage`), another tag (`ImageStreamTag`) or an \
            image by its ID (`ImageStreamImage`). The server compares the kind case-sensitively and \
            refuses anything else, including a missing kind: `tag.from.kind: Required value: valid \
            values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'`. The finding offers the \
            nearest spelling (`dockerimage`, `DockerImage ` with a trailing space, `ImageStream`).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ↓dockerImage
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: ↓DockerImg
                name: quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              ↓from:
                name: quay.io/example/ruby:3.3
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
                kind: ImageStreamTag
                name: ruby:latest
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              annotations: null
              referencePolicy: {type: Local}
            """,
        ].withImageStreamForms(),
        reportsMissingFields: true)

    func check(_ tag: TagReference, of object: LintObject) -> [Finding] {
        guard case .present = tag.view.field("from") else { return [] }
        let allowed = "valid values are 'DockerImage', 'ImageStreamImage', 'ImageStreamTag'"
        var path: FieldPath { tag.view.path("from", "kind") }
        switch tag.fromKind {
        case .invalid:
            return []
        case .empty(let anchor, let keyPresent):
            guard object.reportsMissing(keyPresent: keyPresent) else { return [] }
            return [finding("\(tag.view.path("from", "kind")) is required: \(allowed)", at: path, range: anchor)]
        case .value(let kind, let range):
            guard !Self.validKinds.contains(kind) else { return [] }
            let trimmed = kind.trimmingASCIIWhitespace()
            var message = "\(tag.view.path("from", "kind")) \(ValueDescription.quote(kind)) is not accepted (the server compares case-sensitively): \(allowed)"
            var fix: Fix?
            if let nearest = Self.validKinds.first(where: { $0 == trimmed }) ?? EditDistance.nearest(to: trimmed, in: Self.validKinds)
                ?? (trimmed.lowercased().hasPrefix("imagestream") ? "ImageStreamTag" : nil)
            {
                message += "; did you mean \"\(nearest)\""
                fix = Fix.nearest(nearest, for: trimmed, at: range)
            }
            return [finding(FindingMessage(message), at: path, range: range, fix: fix)]
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
