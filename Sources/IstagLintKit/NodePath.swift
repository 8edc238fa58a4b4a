import YAMLTree

/// The field path of a node, found by descending from a root through the entries and items
/// whose ranges hold the node. Used only when a finding needs a path, so no walk has to carry
/// paths for every node.
enum NodePath {
    /// The path of `target` below `root` (whose own path is `base`); a key's path is the path
    /// of its entry. Falls back to `base` when the node is not under the root.
    static func of(_ target: NodeID, from root: NodeID, base: FieldPath, in document: Document) -> FieldPath {
        let offset = document[target].range.start.offset
        var current = root
        var path = base
        while current != target {
            switch document.content(of: current) {
            case .mapping(let entries):
                guard let entry = entries.last(where: { contains($0.key, offset, document) || contains($0.value, offset, document) }) else { return path }
                let key = document.text(of: entry.key) ?? "?"
                path = path.child(key)
                if entry.key == target || contains(entry.key, offset, document) { return path }
                current = entry.value
            case .sequence(let items):
                guard let index = items.lastIndex(where: { contains($0, offset, document) }) else { return path }
                path = path.index(index)
                current = items[index]
            case .scalar, .alias:
                return path
            }
        }
        return path
    }

    private static func contains(_ node: NodeID, _ offset: Int, _ document: Document) -> Bool {
        let range = document[node].range
        return range.start.offset <= offset && (offset < range.end.offset || (offset == range.start.offset))
    }
}
