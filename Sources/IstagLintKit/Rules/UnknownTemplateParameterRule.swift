import YAMLTree

/// IST602: a `${NAME}` in a Template's image object whose name no parameter has.
struct UnknownTemplateParameterRule: DocumentRule {
    static let description = RuleDescription(
        code: "IST602",
        name: "unknown-template-parameter",
        severity: .warning,
        summary: "A string of an image object in an OpenShift Template refers to `${NAME}` or `${{NAME}}`, and no parameter of the template has that name.",
        rationale: """
            Processing a template (`oc process`, or the server's `processedtemplates`) replaces \
            each `${NAME}` of its objects' strings with the value of the parameter `NAME` \
            (library-go `templateprocessing` `EvaluateParameterSubstitution`). A name no parameter \
            has is not an error there: the text stays as written, so the object is created with \
            `${IMAGE_TAG}` in it, and the server then refuses it or, worse, takes it (a tag \
            named `${IMAGE_TAG}` is refused; an annotation value is not). A misspelt parameter is \
            the usual cause; the finding offers the nearest name the template has.

            istaglint checks each value of a template's image objects as processing would leave \
            it: with a parameter's `value` when it has one. A value that holds a parameter without \
            one (passed with `-p`, or generated) is never reported for its sake.
            """,
        triggeringExamples: [
            """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata:
              name: ruby
            objects:
            - apiVersion: image.openshift.io/v1
              kind: ImageStream
              metadata:
                name: ruby
              spec:
                tags:
                - name: "3.3"
                  from:
                    kind: DockerImage
                    name: ↓quay.io/example/ruby:${IMAGE_TAGG}
            parameters:
            - name: IMAGE_TAG
              value: "3.3"
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata:
              name: ruby
            objects:
            - apiVersion: image.openshift.io/v1
              kind: ImageStream
              metadata:
                name: ${NAME}
              spec:
                tags:
                - name: "3.3"
                  from:
                    kind: DockerImage
                    name: quay.io/example/ruby:${IMAGE_TAG}
            parameters:
            - name: IMAGE_TAG
              value: "3.3"
            - name: NAME
              required: true
            """
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard let template = document.template else { return [] }
        let tree = document.document
        let names = template.names
        return document.unknownParameterReferences.map { reference in
            let path = NodePath.of(reference.node, from: reference.object, base: reference.objectPath, in: tree)
            var message =
                "\(path) refers to the parameter \(ValueDescription.quote(reference.name)), which the template does not have: processing leaves ${\(reference.name)} as written"
            if let nearest = EditDistance.nearest(to: reference.name, in: names) {
                message += "; did you mean \(ValueDescription.quote(nearest))"
            } else if names.isEmpty {
                message += "; add it to parameters"
            }
            return finding(FindingMessage(message), at: path, range: tree[reference.node].range)
        }
    }
}
