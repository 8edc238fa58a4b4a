import YAMLTree

/// IST006: YAML that kubectl cannot turn into JSON.
struct UnconvertibleYAMLRule: DocumentRule {
    static let description = RuleDescription(
        code: "IST006",
        name: "unconvertible-yaml",
        severity: .error,
        fix: .always(.unsafe, "quotes the number as text, which changes its type"),
        summary:
            "YAML that kubectl cannot turn into JSON: a key that is null, a mapping or a list, an alias to an undefined anchor, a merge key (`<<`) whose value is not a mapping, or an infinite or NaN number.",
        rationale: """
            kubectl and oc send JSON to the API server: they read the YAML with go-yaml v2 and convert \
            it with sigs.k8s.io/yaml. Some valid YAML has no JSON form, and the conversion fails for \
            the whole file before anything is sent: a key that is null (`~:`), a mapping or a list \
            (`? [a, b]`, or `{ {a: b}: c }`) gives `unsupported map key`; an \
            alias whose anchor is not defined before it gives `unknown anchor referenced`; and a merge \
            key whose value is neither a mapping nor a list of mappings gives `map merge requires map \
            or sequence of maps as the value`.

            A plain `.inf`, `-.inf` or `.nan` (in any of YAML 1.1's spellings) is a float that JSON \
            cannot hold, wherever it stands, even in a field the server would ignore: kubectl stops \
            with `error converting YAML to JSON: json: unsupported value: +Inf` (or `NaN`). Quote it \
            if it is text; the finding carries that fix. As a key it converts (keys become strings).

            Integer, float and boolean keys convert (they become strings), so they are not reported \
            here; the shape rules report them where they land.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              namespace: { ↓{app: web}: x }
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from: ↓*base
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                ↓~: nothing
            tag:
              <<: ↓just a string
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                threshold: ↓.inf
            tag:
              name: ↓-.Inf
              extra: [↓.NaN]
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations: &notes
                owner: web-team
            tag:
              annotations: *notes
            """,
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations:
                threshold: ".inf"
                .inf: 1e400
            """,
        ])

    func check(_ document: LintDocument) -> [Finding] {
        let tree = document.document
        let nonFinite = nonFiniteNumbers(under: document.checkedRoots, in: tree)
        let aliasing = tree.mayHoldAliases && !document.hasUnknownKind ? excessiveAliasing(in: document) : []
        return aliasing + nonFinite
            + document.checkedNotes.compactMap { note, root, base in
                switch note {
                case .undefinedAlias(let alias):
                    guard case .alias(let name, _) = tree.content(of: alias) else { return nil }
                    return finding(
                        "alias *\(name) refers to an anchor &\(name) that is not defined before it; kubectl refuses the file (unknown anchor '\(name)' referenced)",
                        at: NodePath.of(alias, from: root, base: base, in: tree), range: tree[alias].range)
                case .mergeKey(let mapping, let value):
                    guard let found = unmergeable(value, in: tree) else { return nil }
                    return finding(
                        "the merge key << needs a mapping or a list of mappings, found \(found); kubectl refuses the file (map merge requires map or sequence of maps as the value)",
                        at: NodePath.of(mapping, from: root, base: base, in: tree), range: tree[value].range)
                case .collectionKey(let mapping, let key), .nullKey(let mapping, let key), .aliasKey(let mapping, let key):
                    guard let resolved = tree.resolved(key) else { return nil }
                    let isNull = KubernetesScalar.of(resolved, in: tree) == .null
                    guard isNull || tree[resolved].kind != .scalar else { return nil }
                    let found = isNull ? "null" : ValueDescription.describe(resolved, in: tree)
                    let template = tree.isMapping(resolved) && !isNull ? " (a {{ template }} expression that was never rendered?)" : ""
                    let path = NodePath.of(mapping, from: root, base: base, in: tree)
                    return finding(
                        "a key in \(path.description.isEmpty ? "the object" : path.description) is \(found)\(template); JSON keys are strings, and kubectl refuses the file (unsupported map key)",
                        at: path, range: tree[key].range)
                case .duplicateKey:
                    return nil
                }
            }
    }

    /// The values under a root that resolve to an infinite or NaN float, which JSON cannot
    /// hold. The document's nodes are scanned in place for the few plain scalars that can be
    /// one; a candidate is then placed (a key converts, a value does not). Aliases are not
    /// followed: an anchored value is reported where it is written.
    private func nonFiniteNumbers(under roots: [(NodeID, FieldPath)], in tree: Document) -> [Finding] {
        var findings: [Finding] = []
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            // A non-finite float is a plain scalar of four or five bytes starting with `.`, `+` or `-`.
            guard node.kind == .scalar, (4...5).contains(node.textLength) else { continue }
            let id = NodeID(index)
            guard let first = tree.firstByte(of: id), first == UInt8(ascii: ".") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-"),
                case .float(let value) = KubernetesScalar.of(id, in: tree), !value.isFinite, let text = tree.text(of: id),
                let (root, base) = roots.first(where: { root, _ in
                    tree[root].range.start.offset <= node.range.start.offset && node.range.end.offset <= tree[root].range.end.offset
                })
            else { continue }
            let (path, isKey) = NodePath.locate(id, from: root, base: base, in: tree)
            guard !isKey else { continue }
            let goValue = value.isNaN ? "NaN" : (value > 0 ? "+Inf" : "-Inf")
            findings.append(
                finding(
                    "\(path.description.isEmpty ? "the value" : path.description) is \(text), a number that JSON cannot hold; kubectl refuses the file (json: unsupported value: \(goValue)): quote it if it is text",
                    at: path, range: node.range, fix: Fix(range: node.range, replacement: YAMLQuoting.doubleQuoted(text), applicability: .unsafe)))
        }
        return findings
    }

    /// go-yaml v2's guard against alias bombs, as kubectl's YAML decoder runs it over the whole
    /// document (`decoder.unmarshal` in go-yaml's `decode.go`): every node decoded is counted,
    /// keys included and merge keys not, aliases expanded; once more than 100 of them came
    /// through aliases, more than 1 000 in all, and the share of those through aliases is above
    /// `allowedAliasRatio`, decoding stops with `document contains excessive aliasing`. An alias
    /// inside the value it names stops it too (`anchor 'a' value contains itself`). The walk
    /// ends as soon as either happens, so it costs at most about a hundred times the document.
    private func excessiveAliasing(in document: LintDocument) -> [Finding] {
        enum Step {
            case visit(NodeID, throughAlias: Bool)
            case leave(NodeID)
        }
        let tree = document.document
        guard let root = tree.root else { return [] }
        var decoded = 1
        var throughAliases = 0
        var expanding: [NodeID] = []
        var steps: [Step] = [.visit(root, throughAlias: false)]
        while let step = steps.popLast() {
            switch step {
            case .leave:
                expanding.removeLast()
            case .visit(let node, let throughAlias):
                decoded += 1
                if throughAlias { throughAliases += 1 }
                if throughAliases > 100, decoded > 1_000, Double(throughAliases) / Double(decoded) > Self.allowedAliasRatio(decoded) {
                    return [
                        aliasFinding(
                            at: expanding.first ?? node,
                            "its aliases expand into \(throughAliases) of the first \(decoded) values kubectl decodes, more than go-yaml allows, and kubectl refuses the file (yaml: document contains excessive aliasing)",
                            in: document)
                    ]
                }
                switch tree[node].kind {
                case .alias:
                    guard let target = tree.resolved(node) else { continue }
                    if expanding.contains(node) {
                        let name = tree.anchor(of: target) ?? "?"
                        return [
                            aliasFinding(
                                at: node,
                                "the alias *\(name) stands inside the value it names, and kubectl refuses the file (anchor '\(name)' value contains itself)",
                                in: document)
                        ]
                    }
                    expanding.append(node)
                    steps.append(.leave(node))
                    steps.append(.visit(target, throughAlias: true))
                case .mapping:
                    guard let entries = tree.entries(of: node) else { continue }
                    for entry in entries.reversed() {
                        steps.append(.visit(entry.value, throughAlias: throughAlias))
                        if !tree.isMergeKey(entry.key) { steps.append(.visit(entry.key, throughAlias: throughAlias)) }
                    }
                case .sequence:
                    guard let items = tree.items(of: node) else { continue }
                    for item in items.reversed() { steps.append(.visit(item, throughAlias: throughAlias)) }
                case .scalar:
                    continue
                }
            }
        }
        return []
    }

    /// go-yaml's `allowedAliasRatio`: 99 % of the decoded values may come through aliases in a
    /// document of up to 400 000, falling to 10 % at 4 000 000.
    static func allowedAliasRatio(_ decoded: Int) -> Double {
        if decoded <= 400_000 { return 0.99 }
        if decoded >= 4_000_000 { return 0.10 }
        return 0.99 - 0.89 * Double(decoded - 400_000) / Double(4_000_000 - 400_000)
    }

    private func aliasFinding(at node: NodeID, _ what: String, in document: LintDocument) -> Finding {
        let tree = document.document
        let path = tree.root.map { NodePath.of(node, from: $0, base: .root, in: tree) } ?? .root
        return finding("\(path.description.isEmpty ? "the document" : path.description): \(what)", at: path, range: tree[node].range)
    }

    /// What makes a merge key's value unusable, or nil when it merges.
    private func unmergeable(_ value: NodeID, in tree: Document) -> String? {
        guard let resolved = tree.resolved(value), !tree.isMapping(resolved) else { return nil }
        guard let items = tree.items(of: resolved) else { return ValueDescription.describe(value, in: tree) }
        for (index, item) in items.enumerated() where !(tree.resolved(item).map { tree.isMapping($0) } ?? true) {
            return "a list whose item \(index + 1) is \(ValueDescription.describe(item, in: tree))"
        }
        return nil
    }
}
