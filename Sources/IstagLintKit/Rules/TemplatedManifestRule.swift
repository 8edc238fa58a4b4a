import YAMLTree

/// IST009: a template (Helm, Jinja) that names a kind istaglint lints.
///
/// The engine decides what is a template (`ManifestClaim`) and reports this rule itself,
/// instead of reading the file as YAML.
struct TemplatedManifestRule: Rule {
    // A warning, not an error: an error means the server refuses the manifest or the file
    // cannot be read as one, and a template is neither. It is the source of manifests, fine
    // for the tool that renders it; what this finding says is that istaglint checked nothing
    // in it, which is worth a warning (the objects in it go unchecked) but must not
    // fail a commit of a good chart.
    static let description = RuleDescription(
        code: "IST009",
        name: "templated-manifest",
        severity: .warning,
        summary:
            "A template (`{{ … }}` or `{% … %}`, as Helm, Go templates and Jinja write them) that names `ImageStreamTag` or `ImageStream`: istaglint cannot read it as a manifest until it is rendered.",
        rationale: """
            A Helm chart's `templates/` or an Ansible role's Jinja files are not YAML until they are \
            rendered: `name: {{ .Values.tag }}` is a syntax error, or worse, a flow mapping that \
            reads as nonsense. Linting such a file as it stands would report syntax errors and \
            wrong types that are not there once it is rendered, so istaglint does not read a \
            template that names `ImageStreamTag`, `ImageStream` or their lists as its kind (at the top \
            level) at all: it reports this one finding, at the first template expression, and \
            nothing else. A template that names no kind istaglint lints is left alone, and so is \
            `${{ … }}`, an OpenShift Template's parameter or a GitHub expression inside valid YAML.

            The objects such a file renders are then not checked, which is why this is a \
            warning. Lint what the template renders, for a Helm chart \
            `helm template CHART | istaglint --stdin-filename CHART -`, and leave the templates \
            out: list them under `exclude:` in `.istaglint.yaml` (`exclude: ["charts/"]`) or in \
            pre-commit's `exclude:`. A `{{` on a comment line does not make a file a template. \
            `# istaglint: disable-file templated-manifest` in the template silences the finding, \
            and `rules: {templated-manifest: off}` in the configuration turns the rule off; \
            directives meant for the rendered manifests are never reported as unused here.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓{{ .Values.stream }}:{{ .Values.tag }}
            tag:
              from:
                kind: DockerImage
                name: "{{ .Values.image }}"
            """,
            """
            ↓{% for tag in tags %}
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:{{ tag }}
            {% endfor %}
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}-settings
            """,
            """
            # rendered from {{ .Values.image }} by the release job
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
            """,
        ])

    /// The finding for a template whose first expression is `expression`, at `range`.
    func finding(expression: String, range: SourceRange) -> Finding {
        finding(
            "this file is a template (\(ValueDescription.quote(expression)) is not YAML until rendered), so the objects it renders are not checked: lint the rendered output (helm template CHART | istaglint -), and list the file under exclude: in .istaglint.yaml",
            at: .root, range: range)
    }
}
