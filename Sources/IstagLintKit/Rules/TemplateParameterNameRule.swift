import YAMLTree

/// IST601: a Template parameter without a name, or with a name the server refuses.
struct TemplateParameterNameRule: DocumentRule {
    static let description = RuleDescription(
        code: "IST601",
        name: "template-parameter-name",
        severity: .error,
        summary: "A parameter of an OpenShift Template that holds image objects has no `name`, or one that is not letters, digits and `_`.",
        rationale: """
            The server's `ValidateTemplate` (openshift-apiserver \
            `pkg/template/apis/template/validation/validation.go`), run when a template is \
            created and when it is processed, requires each `parameters[i].name` (`Required \
            value`) and refuses one that does not match `^[a-zA-Z0-9_]+$` (`Invalid value: \
            "IMAGE-TAG": does not match ^[a-zA-Z0-9_]+$`). Only such names can be referred to: \
            `${IMAGE-TAG}` in an object is never substituted. The finding offers the name with \
            every other character turned into `_`.

            The rule runs on templates whose `objects` hold an image kind; istaglint is silent on \
            other templates.
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
            parameters:
            - name: ↓IMAGE-TAG
              value: "3.3"
            - ↓description: the registry
              value: quay.io
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
                name: ruby
            parameters:
            - name: IMAGE_TAG
              value: "3.3"
            """
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.template != nil else { return [] }
        let tree = document.document
        guard let list = tree.value(forKey: "parameters", in: document.root).flatMap({ tree.items(of: $0) }) else { return [] }
        var findings: [Finding] = []
        for (index, item) in list.enumerated() {
            guard let item = tree.resolved(item), tree.isMapping(item) else { continue }
            let path = FieldPath.root.child("parameters").index(index).child("name")
            let entry = tree.entry(forKey: "name", in: item)
            let value = entry.flatMap { KubernetesScalar.isNull($0.value, in: tree) ? nil : KubernetesScalar.of($0.value, in: tree) }
            switch value {
            case .string(let name)? where !name.isEmpty:
                guard !name.utf8.allSatisfy(TemplateParameters.isNameByte) else { continue }
                let suggestion = String(decoding: name.utf8.map { TemplateParameters.isNameByte($0) ? $0 : UInt8(ascii: "_") }, as: UTF8.self)
                findings.append(
                    finding(
                        "\(path) \(ValueDescription.quote(name)) may hold only letters, digits and _ (the server says: does not match ^[a-zA-Z0-9_]+$); did you mean \(ValueDescription.quote(suggestion))",
                        at: path, range: tree[entry?.value ?? item].range))
            case nil, .string?:
                let anchor = entry.map { tree[$0.value].range } ?? tree.entries(of: item)?.first.map { tree[$0.key].range } ?? tree[item].range
                findings.append(finding("\(path) is required (the server says: \(path): Required value)", at: path, range: anchor))
            default:
                // A name of another type fails to decode before validation: not this rule's.
                continue
            }
        }
        return findings
    }
}
