import YAMLTree

/// IST002: a mapping that sets the same key twice.
public struct DuplicateKeyRule: DocumentRule {
    public init() {}

    public let description = RuleDescription(
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
        var findings: [Finding] = []
        TreeWalk.forEachNode(in: tree, from: document.checkedRoots) { id, path in
            guard case .mapping(let entries) = tree[id].content, entries.count > 1 else { return }
            var firstKeys: [String: NodeID] = [:]
            for entry in entries {
                guard !tree.isMergeKey(entry.key), let key = tree[entry.key].scalarValue else { continue }
                guard let first = firstKeys[key] else {
                    firstKeys[key] = entry.key
                    continue
                }
                let firstStart = tree[first].range.start
                let quoted = ValueDescription.quote(key)
                findings.append(finding(
                    "duplicate key \(quoted): it is already set at line \(firstStart.line), column \(firstStart.column), and kubectl refuses the file (key \(quoted) already set in map); keep one",
                    at: path().child(key), range: tree[entry.key].range))
            }
        }
        return findings
    }
}
