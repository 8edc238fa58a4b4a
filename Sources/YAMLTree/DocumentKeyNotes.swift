/// The notes about one complete mapping's keys: duplicates, null and collection keys, alias
/// keys and merge keys, taken when the builder completes the document, mapping by mapping
/// in the order they closed.
extension Document {
    /// Mappings up to this size compare keys pairwise; larger ones use a dictionary.
    static let pairwiseKeyLimit = 12

    /// Notes the keys of a closed mapping.
    mutating func noteKeys(of mapping: NodeID) {
        let node = nodes[mapping.index]
        guard node.kind == .mapping else { return }
        let first = Int(node.first)
        let entryCount = Int(node.count) / 2
        // Only a large mapping needs a dictionary of the keys met so far.
        var firstByText: [String: NodeID]? = entryCount > Document.pairwiseKeyLimit ? [:] : nil
        for index in 0..<entryCount {
            let key = links[first + index * 2]
            let value = links[first + index * 2 + 1]
            let keyNode = nodes[key.index]
            switch keyNode.kind {
            case .mapping, .sequence:
                notes.append(.collectionKey(mapping: mapping, key: key))
            case .alias:
                notes.append(.aliasKey(mapping: mapping, key: key))
            case .scalar:
                // Only a two-byte key can be `<<`, and only a short or tagged one null.
                if keyNode.count == 2 && isMergeKey(key) {
                    notes.append(.mergeKey(mapping: mapping, value: value))
                    mappingsWithMergeKeys.insert(mapping)
                    continue
                }
                if (keyNode.count <= 4 || keyNode.tagIndex >= 0) && isNull(key) {
                    notes.append(.nullKey(mapping: mapping, key: key))
                }
                if entryCount <= Document.pairwiseKeyLimit {
                    // Lengths first: only a key as long as this one can repeat it.
                    var earlierIndex = 0
                    while earlierIndex < index {
                        let earlier = links[first + earlierIndex * 2]
                        if nodes[earlier.index].count == keyNode.count && haveSameText(earlier, key) && !isMergeKey(earlier) {
                            notes.append(.duplicateKey(mapping: mapping, key: key, first: earlier))
                            break
                        }
                        earlierIndex += 1
                    }
                } else if let text = text(of: key) {
                    if let first = firstByText?[text] {
                        notes.append(.duplicateKey(mapping: mapping, key: key, first: first))
                    } else {
                        firstByText?[text] = key
                    }
                }
            }
        }
    }
}
