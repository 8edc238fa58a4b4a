import YAMLTree

/// IST003: an item of a list kind that is not an object.
struct ObjectNotMappingRule: DocumentRule {
    static let description = RuleDescription(
        code: "IST003",
        name: "object-not-mapping",
        severity: .error,
        summary: "An item of a `List` or `ImageStreamTagList` is not an object, or `items` is not a list.",
        rationale: """
            `oc apply` turns a `List` or an `ImageStreamTagList` into its items and decodes each item \
            as an object of its own; an item that is a string, a number or a list cannot be decoded, \
            and the whole file is refused. The same holds when `items` is a mapping instead of a list.

            Documents whose root is not a mapping are skipped silently: a pre-commit hook hands \
            istaglint every YAML file of a repository, and most of them are not manifests.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTagList
            items:
            - ↓ruby:3.3
            """,
            """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: image.openshift.io/v1
              kind: ImageStreamTag
              metadata:
                name: ruby:3.3
            - ↓[ruby, "3.4"]
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTagList
            items:
              ↓ruby:3.3: {}
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTagList
            items:
            - metadata:
                name: ruby:3.3
            """,
            """
            - just a list
            - in a file that is not a manifest
            """,
        ])

    func check(_ document: LintDocument) -> [Finding] {
        guard document.kind != "ImageStreamTag", document.template == nil, !document.hasUnknownKind else { return [] }
        let tree = document.document
        let path = FieldPath.root.child("items")
        guard let itemsNode = tree.value(forKey: "items", in: document.root), !tree.isNull(itemsNode) else { return [] }
        guard let items = tree.items(of: itemsNode) else {
            let found = ValueDescription.describe(itemsNode, in: tree)
            return [finding("items of a \(document.kind) must be a list of objects, found \(found)", at: path, range: tree[itemsNode].range)]
        }
        var findings: [Finding] = []
        for (index, item) in items.enumerated() where !tree.isMapping(item) {
            let found = ValueDescription.describe(item, in: tree)
            findings.append(
                finding(
                    "items[\(index)] of a \(document.kind) must be an object (a mapping with apiVersion and kind), found \(found)",
                    at: path.index(index), range: tree[item].range))
        }
        return findings
    }
}
