import YAMLTree

/// Visits every node under a set of roots, once, without recursion and without following
/// aliases (an alias is visited as itself; its anchored node is visited where it is written).
enum TreeWalk {
    /// Calls `visit` with each node and its field path, parents before children.
    static func forEachNode(in document: Document, from roots: [(NodeID, FieldPath)], _ visit: (NodeID, FieldPath) -> Void) {
        var pending = Array(roots.reversed())
        while let (id, path) = pending.popLast() {
            visit(id, path)
            switch document[id].content {
            case .mapping(let entries):
                for entry in entries.reversed() {
                    let key = document[entry.key].scalarValue ?? "?"
                    pending.append((entry.value, path.child(key)))
                    pending.append((entry.key, path.child(key)))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() { pending.append((item, path.index(index))) }
            case .scalar, .alias:
                break
            }
        }
    }
}
