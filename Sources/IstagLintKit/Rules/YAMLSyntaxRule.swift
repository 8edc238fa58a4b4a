import YAMLTree

/// IST001: the file is not readable YAML.
struct YAMLSyntaxRule: ProblemRule {
    var problemKinds: Set<ParseProblem.Kind> { [.syntax, .encoding] }

    static let description = RuleDescription(
        code: "IST001",
        name: "yaml-syntax",
        severity: .error,
        summary: "The file is not readable YAML: a syntax error, bytes that are not UTF-8 (or UTF-16 with a byte order mark), or a UTF-32 file.",
        rationale: """
            `oc apply` and `kubectl apply` read the whole file before they send anything, so a syntax \
            error anywhere in a file means none of its objects reach the cluster. The message is \
            libyaml's own description of the problem, at the position where libyaml stopped.

            istaglint still lints every document that was complete before the error. A pre-commit \
            hook hands istaglint every YAML and JSON file of a repository, so a file that does not \
            parse is reported only when it is, or says it is, an ImageStreamTag manifest: a document \
            before the error was linted, or its text names the kind (a top-level \
            `kind: ImageStreamTag` or `ImageStreamTagList`) or an `image.openshift.io` apiVersion. \
            Any other file that does not parse (JSON with comments such as `tsconfig.json`, a Helm \
            template, another tool's file) is counted as not a manifest, never reported; \
            `--verbose` names it and says why. A template that names `ImageStreamTag` gets one \
            `templated-manifest` finding (IST009) instead of syntax errors.

            JSON has no comments: kubectl reads a file that starts with `{` as JSON (apimachinery's \
            `yaml.NewYAMLOrJSONDecoder`, which tells JSON by `GuessJSONStream`'s leading `{`) and stops \
            at the first `//` or `/*`, so such a comment in a manifest is reported here too.

            kubectl and oc read manifests as UTF-8, or as UTF-16 when the file starts with a UTF-16 \
            byte order mark (istaglint lints such a file as the UTF-8 text kubectl reads). A file \
            that starts with a UTF-32 byte order mark is reported here too, as is a byte that is not \
            valid UTF-8, UTF-16 that is not valid (an unpaired surrogate, an odd number of bytes) or a \
            control character such as NUL.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
             ↓namespace: apps
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from: {kind: DockerImage, name: "quay.io/ruby:3.3"
            ↓
            """,
            """
            {
              ↓// the Ruby builder
              "apiVersion": "image.openshift.io/v1",
              "kind": "ImageStreamTag",
              "metadata": {"name": "ruby:3.3"}
            }
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from: {kind: DockerImage, name: "quay.io/ruby:3.3"}
            """,
            """
            {
              // tsconfig.json: JSON with comments, not a manifest
              "compilerOptions": {"strict": true, /* checked */},
            }
            """,
            """
            name: ci
            on: [push
            jobs: {}
            """,
        ])
}
