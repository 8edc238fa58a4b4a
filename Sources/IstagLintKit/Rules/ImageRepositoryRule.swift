import YAMLTree

struct ImageRepositoryRule: ObjectRule {
    static let kinds: [ObjectKind] = [.imageStream]

    static let description = RuleDescription(
        code: "IST210",
        name: "image-repository",
        severity: .error,
        fix: .always(.unsafe, "drops the tag or digest from the repository, which loses it"),
        summary: "An ImageStream's `spec.dockerImageRepository` is not an image reference, or names a tag or a digest.",
        rationale: """
            `spec.dockerImageRepository` names a repository whose tags the server imports into \
            the stream (all of them, once, and again whenever the stream is re-imported). \
            `ValidateImageStreamWithWhitelister` (openshift-apiserver, \
            `pkg/image/apis/image/validation/validation.go`) parses it with the image-reference \
            parser and refuses what does not parse, with the parser's words (`invalid reference \
            format`, `repository name must be lowercase`, …), and a reference that carries a tag \
            (`the repository name may not contain a tag`) or a digest (`the repository name may \
            not contain an ID`): a repository is the pull spec without either. The finding \
            offers the reference with the tag or digest taken off.

            The allowed-registries check that follows (`allowedRegistriesForImport`) depends on \
            the cluster's configuration and is not made here.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              dockerImageRepository: ↓quay.io/example/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              dockerImageRepository: ↓https://quay.io/example/ruby
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              dockerImageRepository: quay.io/example/ruby
            """
        ])

    func check(_ object: LintObject) -> [Finding] {
        guard let repository = ParsedReference(object.string("spec", "dockerImageRepository")) else { return [] }
        let path = object.path("spec", "dockerImageRepository")
        let quoted = ValueDescription.quote(repository.text)
        switch repository.parsed {
        case .failure(let error):
            return [finding("\(path) \(quoted) is not a valid image reference: \(error.message)", at: path, range: repository.range)]
        case .success(let reference):
            var problems: [String] = []
            if !reference.tag.isEmpty { problems.append("the repository name may not contain a tag") }
            if !reference.id.isEmpty { problems.append("the repository name may not contain an ID") }
            guard !problems.isEmpty else { return [] }
            let bare = String(ImageReference.repositoryAndSuffix(repository.text).repository)
            return [
                finding(
                    FindingMessage(
                        "\(path) \(quoted) names \(reference.id.isEmpty ? "a tag" : "a digest"), which the server refuses (\(problems.joined(separator: "; "))): write \(ValueDescription.quote(bare))"
                    ),
                    at: path, range: repository.range, fix: Fix(range: repository.range, replacement: bare, applicability: .unsafe))
            ]
        }
    }
}
