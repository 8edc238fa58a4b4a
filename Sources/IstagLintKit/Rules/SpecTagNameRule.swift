import YAMLTree

struct SpecTagNameRule: ObjectRule {
    static let kinds: [ObjectKind] = [.imageStream]

    static let description = RuleDescription(
        code: "IST211",
        name: "spec-tag-name",
        severity: .warning,
        summary: "An ImageStream's `spec.tags` has two tags of one name, or a tag with no name, which the server keeps silently.",
        rationale: """
            The API lists `spec.tags`, but the server keeps them in a map keyed by name: its \
            conversion (`Convert_v1_TagReferenceArray_to_api_TagReferenceMap`, openshift-apiserver \
            `pkg/image/apis/image/v1/conversion.go`) files each tag under its `name`, so of two \
            tags with one name only the last is kept, and the earlier one is dropped before \
            validation, without a word. The finding points at each tag that is dropped.

            The server never checks a tag's name either: a tag without one is filed under the \
            empty name, which no ImageStreamTag (`<stream>:<tag>`) and no pull spec can name.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: ↓latest
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.2
              - name: latest
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
              - ↓from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.4
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: "3.3"
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
              - name: latest
                from:
                  kind: ImageStreamTag
                  name: ruby:3.3
            """
        ],
        reportsMissingFields: true)

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        let tags = object.tagReferences
        var lastIndexByName: [String: Int] = [:]
        for tag in tags {
            if case .value(let name, _) = tag.view.string("name"), let index = tag.view.index { lastIndexByName[name] = index }
        }
        for tag in tags {
            let path = tag.view.path("name")
            switch tag.view.string("name") {
            case .invalid:
                continue
            case .empty(let anchor, let keyPresent):
                guard object.reportsMissing(keyPresent: keyPresent) else { continue }
                findings.append(
                    finding(
                        "\(path) is empty: the server files the tag under the empty name, which no ImageStreamTag or pull spec can name; name the tag",
                        at: path, range: anchor))
            case .value(let name, let range):
                guard let last = lastIndexByName[name], let index = tag.view.index, last != index else { continue }
                let keeper = object.path("spec", "tags").index(last)
                findings.append(
                    finding(
                        "\(keeper) has the same name \(ValueDescription.quote(name)), and the server keeps only the last tag of a name: this tag is dropped silently; remove it, or rename one of them",
                        at: path, range: range))
            }
        }
        return findings
    }
}
