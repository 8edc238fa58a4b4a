import YAMLTree

/// The field path of a node, found by descending from a root through the entries and items
/// whose ranges hold the node. Used only when a finding needs a path, so no walk has to carry
/// paths for every node.
enum NodePath {
    /// The path of `target` below `root` (whose own path is `base`); a key's path is the path
    /// of its entry. Falls back to `base` when the node is not under the root.
    static func of(_ target: NodeID, from root: NodeID, base: FieldPath, in document: Document) -> FieldPath {
        locate(target, from: root, base: base, in: document).path
    }

    /// The path of `target` below `root`, as `of` finds it, and whether the node is a mapping
    /// key there (a key converts to JSON as a string whatever it holds).
    static func locate(_ target: NodeID, from root: NodeID, base: FieldPath, in document: Document) -> (path: FieldPath, isKey: Bool) {
        let offset = document[target].range.start.offset
        var current = root
        var path = base
        while current != target {
            // Entries and items are in source order: a binary search finds the one that holds
            // the offset, so a finding in a mapping of 100 000 keys costs no scan of them.
            if document[current].kind == .alias { return (path, false) }
            if let entries = document.entries(of: current) {
                guard
                    let index = lastIndex(
                        in: entries.indices, where: { contains(entries[$0].key, offset, document) || contains(entries[$0].value, offset, document) },
                        startingAt: { document[entries[$0].key].range.start.offset }, offset: offset)
                else { return (path, false) }
                let entry = entries[index]
                let key = document.text(of: entry.key) ?? "?"
                path = path.child(key)
                if entry.key == target || contains(entry.key, offset, document) { return (path, entry.key == target) }
                current = entry.value
            } else if let items = document.items(of: current) {
                guard
                    let index = lastIndex(
                        in: items.indices, where: { contains(items[$0], offset, document) },
                        startingAt: { document[items[$0]].range.start.offset }, offset: offset)
                else { return (path, false) }
                path = path.index(index)
                current = items[index]
            } else {
                return (path, false)
            }
        }
        return (path, false)
    }

    /// The last index whose element satisfies `holds`, among elements whose starts are in
    /// ascending order: those starting after `offset` cannot hold it, and elements do not
    /// overlap, so only the last one or two starting at or before it (an empty key shares its
    /// start with its value) can.
    private static func lastIndex(in indices: Range<Int>, where holds: (Int) -> Bool, startingAt start: (Int) -> Int, offset: Int) -> Int? {
        var low = indices.lowerBound
        var high = indices.upperBound
        while low < high {
            let middle = (low + high) / 2
            if start(middle) <= offset { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= max(indices.lowerBound, low - 2) {
            if holds(index) { return index }
            index -= 1
        }
        return nil
    }
    private static func contains(_ node: NodeID, _ offset: Int, _ document: Document) -> Bool {
        let range = document[node].range
        return range.start.offset <= offset && (offset < range.end.offset || (offset == range.start.offset))
    }
}
