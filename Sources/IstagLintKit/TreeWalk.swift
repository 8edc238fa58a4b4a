import YAMLTree

/// Visits every node under a set of roots, once, without recursion and without following
/// aliases (an alias is visited as itself; its anchored node is visited where it is written).
///
/// Field paths are built only when a visitor asks for one, since most nodes never need it.
enum TreeWalk {
    /// One step of a path: from the parent entry, by a mapping key or a list index.
    private enum Step {
        case root(FieldPath)
        case key(parent: Int, key: NodeID)
        case index(parent: Int, Int)
    }

    /// Calls `visit` with each node and a function that gives its field path, parents before
    /// children.
    static func forEachNode(in document: Document, from roots: [(NodeID, FieldPath)], _ visit: (NodeID, () -> FieldPath) -> Void) {
        var steps: [Step] = []
        var pending: [(node: NodeID, step: Int)] = []
        for (node, path) in roots.reversed() {
            steps.append(.root(path))
            pending.append((node, steps.count - 1))
        }
        while let (id, step) = pending.popLast() {
            visit(id) { path(of: step, in: steps, document: document) }
            switch document[id].content {
            case .mapping(let entries):
                for entry in entries.reversed() {
                    steps.append(.key(parent: step, key: entry.key))
                    pending.append((entry.value, steps.count - 1))
                    pending.append((entry.key, steps.count - 1))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() {
                    steps.append(.index(parent: step, index))
                    pending.append((item, steps.count - 1))
                }
            case .scalar, .alias:
                break
            }
        }
    }

    private static func path(of step: Int, in steps: [Step], document: Document) -> FieldPath {
        var chain: [Step] = []
        var current = step
        while true {
            let value = steps[current]
            chain.append(value)
            switch value {
            case .root: break
            case .key(let parent, _), .index(let parent, _):
                current = parent
                continue
            }
            break
        }
        var path = FieldPath.root
        for value in chain.reversed() {
            switch value {
            case .root(let base): path = base
            case .key(_, let key): path = path.child(document[key].scalarValue ?? "?")
            case .index(_, let index): path = path.index(index)
            }
        }
        return path
    }
}
