import YAMLTree

/// IST002: a mapping that sets the same key twice.
struct DuplicateKeyRule: DocumentRule {
    static let description = RuleDescription(
        code: "IST002",
        name: "duplicate-key",
        severity: .warning,
        summary: "A mapping in an ImageStreamTag sets the same key twice.",
        rationale: """
            `oc apply -f`, `oc apply --server-side` and `oc create -f` read files through kubectl's \
            `yaml.NewYAMLOrJSONDecoder` (cli-runtime `pkg/resource/visitor.go`, \
            `StreamVisitor.Visit`), which converts YAML to JSON with the non-strict \
            `sigs.k8s.io/yaml` `Unmarshal`: the last value wins without a word and the server never \
            sees the first. The manifest in git then says two things and the cluster does one of \
            them, so the finding is a warning under those modes.

            kustomize reads YAML with `gopkg.in/yaml.v3`, which refuses the whole file: `oc apply -k` \
            stops with `map[string]interface {}(nil): yaml: unmarshal errors: line 9: mapping key \
            "from" already defined at line 6` (`gopkg.in/yaml.v3` `decode.go`, `decoder.mapping`; \
            its line numbers count in kustomize's own copy of the resource, which a transformer can \
            shift). Under `apply: kustomize` the finding is an error with that message.

            The finding underlines the second key and names the line of the first. Keys that come in \
            through a merge key (`<<`) are not duplicates: later keys override merged ones by design.
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
                name: quay.io/ruby:3.3
              ↓from:
                kind: ImageStreamTag
                name: ruby:latest
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTagList
            items:
            - metadata: {name: ruby:3.3, ↓name: ruby:3.4}
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: quay.io/ruby:3.3
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata: &meta
              name: ruby:3.3
            tag:
              <<: {name: "3.3"}
              name: "3.3"
            """,
        ],
        modeExamples: [
            ModeExample(
                .kustomize, triggers: true,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  name: "3.3"
                  ↓name: "3.4"
                """),
            ModeExample(
                .kustomize, triggers: false,
                """
                apiVersion: image.openshift.io/v1
                kind: ImageStreamTag
                metadata:
                  name: ruby:3.3
                tag:
                  name: "3.3"
                """),
        ],
        severityByMode: [.kustomize: .error],
        applyModeNote: """
            A warning under `apply: client`, `server` and `create` (kubectl keeps the last value); an \
            error under `apply: kustomize` (kustomize refuses the file).
            """)

    func check(_ document: LintDocument) -> [Finding] {
        let tree = document.document
        return document.checkedNotes.compactMap { note, root, base in
            guard case .duplicateKey(_, let key, let first) = note, let text = tree.text(of: key) else { return nil }
            let firstStart = tree[first].range.start
            let quoted = ValueDescription.quote(text)
            let message: FindingMessage =
                document.applyMode.refusesDuplicateKeys
                ? "mapping key \(quoted) already defined at line \(firstStart.line): kustomize refuses the file (\(document.applyMode.setting)); keep one"
                : "duplicate key \(quoted): the value set at line \(firstStart.line), column \(firstStart.column) is silently lost, because kubectl keeps the last one; keep one"
            return finding(message, at: NodePath.of(key, from: root, base: base, in: tree), range: tree[key].range)
        }
    }
}
