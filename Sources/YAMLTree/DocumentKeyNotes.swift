/// The notes about one complete mapping's keys: duplicates, null and collection keys, alias
/// keys and merge keys, taken as the builder closes the mapping.
extension Document {
    /// Mappings up to this size compare keys pairwise; larger ones use a dictionary.
    static let pairwiseKeyLimit = 12

    /// Notes the keys of a mapping the builder has just closed.
    mutating func noteKeys(of mapping: NodeID) {
        guard let entries = entries(of: mapping) else { return }
        var firstByText: [String: NodeID] = [:]
        for index in entries.indices {
            let entry = entries[index]
            switch nodes[entry.key.index].kind {
            case .mapping, .sequence:
                notes.append(.collectionKey(mapping: mapping, key: entry.key))
            case .alias:
                notes.append(.aliasKey(mapping: mapping, key: entry.key))
            case .scalar:
                if isMergeKey(entry.key) {
                    notes.append(.mergeKey(mapping: mapping, value: entry.value))
                    mappingsWithMergeKeys.insert(mapping)
                    continue
                }
                if isNull(entry.key) {
                    notes.append(.nullKey(mapping: mapping, key: entry.key))
                }
                if entries.count <= Document.pairwiseKeyLimit {
                    for earlier in entries[..<index] where haveSameText(earlier.key, entry.key) && !isMergeKey(earlier.key) {
                        notes.append(.duplicateKey(mapping: mapping, key: entry.key, first: earlier.key))
                        break
                    }
                } else if let text = text(of: entry.key) {
                    if let first = firstByText[text] {
                        notes.append(.duplicateKey(mapping: mapping, key: entry.key, first: first))
                    } else {
                        firstByText[text] = entry.key
                    }
                }
            }
        }
    }
}
