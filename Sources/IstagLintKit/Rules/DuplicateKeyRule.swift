import YAMLTree

/// IST002: a mapping that sets the same key twice.
public struct DuplicateKeyRule: DocumentRule {
    public init() {}

    public var description: RuleDescription { Self.ruleDescription }

    static let ruleDescription = RuleDescription(
        code: "IST002",
        name: "duplicate-key",
        severity: .error,
        summary: "A mapping in an ImageStreamTag sets the same key twice.",
        rationale: """
            `kubectl apply` and `oc apply` decode YAML strictly by default and refuse the whole file \
            with `yaml: unmarshal errors: key "from" already set in map`. A lenient decoder would keep \
            the last value and drop the first without a word, which is worse: the manifest in git says \
            two things and the cluster does one of them.

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
        ])

    public func check(_ document: LintDocument) -> [Finding] {
        let tree = document.document
        return document.checkedNotes.compactMap { note, root, base in
            guard case .duplicateKey(_, let key, let first) = note, let text = tree.text(of: key) else { return nil }
            let firstStart = tree[first].range.start
            let quoted = ValueDescription.quote(text)
            return finding(
                "duplicate key \(quoted): it is already set at line \(firstStart.line), column \(firstStart.column), and kubectl refuses the file (key \(quoted) already set in map); keep one",
                at: NodePath.of(key, from: root, base: base, in: tree), range: tree[key].range)
        }
    }
}
