import YAMLTree

/// IST214: an import from a registry outside the cluster's `allowedRegistriesForImport`, which
/// `.istaglint.yaml` gives. The engine runs it when the configuration has the list.
struct RegistryNotAllowedRule: Rule {
    static let description = RuleDescription(
        code: "IST214",
        name: "registry-not-allowed",
        severity: .error,
        summary:
            "A `DockerImage` source, or an ImageStream's `spec.dockerImageRepository`, on a registry outside the cluster's `allowedRegistriesForImport`, which `.istaglint.yaml` repeats.",
        rationale: """
            A cluster can limit the registries image streams import from \
            (`image.config.openshift.io/cluster`, `spec.allowedRegistriesForImport`). The server \
            then refuses every ImageStream and ImageStreamTag whose `from` of kind `DockerImage` \
            names another registry (`ValidateImageStreamTagReference`), and every ImageStream whose \
            `spec.dockerImageRepository` does (`ValidateImageStreamWithWhitelister`), with \
            `Forbidden: registry "docker.io:443" not allowed by whitelist: "quay.io:443"`. istaglint \
            cannot ask the cluster: the rule runs only when `.istaglint.yaml` repeats the list, \
            in the same form:

            ```yaml
            allowedRegistriesForImport:
            - domainName: quay.io
            - domainName: "*.example.com"
            - domainName: registry.local:5000
              insecure: true
            ```

            The check is the server's (`AdmitDockerImageReference` in the registry whitelister): \
            a `domainName` without a port allows port 443, or only port 80 when `insecure: true`; \
            host and port are globs matched whole and case-sensitively (`*` any run, dots \
            included, `?` one character); a pull spec without a registry is Docker Hub \
            (`docker.io:443`), and `docker.io`, `index.docker.io` and `registry-1.docker.io` all \
            match an entry for `docker.io`. A tag with `importPolicy.insecure: true`, or a stream \
            annotated `openshift.io/image.insecureRepository: "true"`, is checked on any port \
            the entry allows when its pull spec has none, so the server does not refuse an \
            insecure import from a registry listed as secure (the insecure-import rule, IST501, \
            says what that costs). The server also allows its own integrated registry, whose \
            host istaglint cannot know: list it when manifests name its pull specs. The message \
            lists the entries as the server does, the last configured first.

            The examples below are linted with `allowedRegistriesForImport: [{domainName: \
            quay.io}, {domainName: "*.example.com"}]`.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: ↓docker.io/library/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              dockerImageRepository: ↓ghcr.io/example/ruby
              tags:
              - name: "3.3"
                from:
                  kind: DockerImage
                  name: ↓ruby:3.3
            """,
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
              - name: "3.4"
                from:
                  kind: DockerImage
                  name: registry.example.com/ruby:3.4
              - name: stable
                from:
                  kind: ImageStreamTag
                  name: ruby:3.3
            """
        ])

    /// The list the examples are linted with.
    static let exampleAllowList = RegistryAllowList(entries: [.init(host: "*.example.com", port: "443"), .init(host: "quay.io", port: "443")])

    /// The findings on one object (an ImageStreamTag, an ImageStream) under `allowList`.
    func findings(for object: LintObject, allowedBy allowList: RegistryAllowList) -> [Finding] {
        guard ObjectKind.streamKinds.contains(object.kind) else { return [] }
        let insecureRepository =
            StringMapEntries.of(object.root, "metadata", "annotations").contains {
                $0.key == InsecureRepositoryAnnotationRule.annotation && $0.value == "true"
            }
        var findings: [Finding] = []
        if object.kind == .imageStream, let repository = ParsedReference(object.string("spec", "dockerImageRepository")),
            case .success(let reference) = repository.parsed,
            let refusal = allowList.refusal(registry: reference.registry, insecure: insecureRepository)
        {
            findings.append(finding(at: object.path("spec", "dockerImageRepository"), repository, refusal))
        }
        for tag in object.tagReferences {
            guard let source = tag.fromReference, case .success(let reference) = source.parsed else { continue }
            let insecure = insecureRepository || tag.view.bool("importPolicy", "insecure") == true
            guard let refusal = allowList.refusal(registry: reference.registry, insecure: insecure) else { continue }
            findings.append(finding(at: tag.view.path("from", "name"), source, refusal))
        }
        return findings
    }

    private func finding(at path: FieldPath, _ source: ParsedReference, _ refusal: String) -> Finding {
        finding(
            "\(path) \(ValueDescription.quote(source.text)) is on a registry the cluster's allowedRegistriesForImport leaves out (the server says: \(refusal))",
            at: path, range: source.range)
    }
}
