/// The notes about one complete mapping's keys: duplicates, null and collection keys, alias
/// keys and merge keys.
enum KeyNotes {
    /// Mappings up to this size compare keys pairwise; larger ones use a dictionary.
    static let pairwiseLimit = 12

    static func of(_ entries: [MappingEntry], mapping: NodeID, in document: Document) -> [StructureNote] {
        var notes: [StructureNote] = []
        var firstByText: [String: NodeID] = [:]
        for (index, entry) in entries.enumerated() {
            let key = document[entry.key]
            switch key.content {
            case .mapping, .sequence:
                notes.append(.collectionKey(mapping: mapping, key: entry.key))
            case .alias:
                notes.append(.aliasKey(mapping: mapping, key: entry.key))
            case .scalar(let text, _):
                if document.isMergeKey(entry.key) {
                    notes.append(.mergeKey(mapping: mapping, value: entry.value))
                    continue
                }
                if document.isNull(entry.key) {
                    notes.append(.nullKey(mapping: mapping, key: entry.key))
                }
                if entries.count <= pairwiseLimit {
                    for earlier in entries[..<index] where document[earlier.key].scalarValue == text && !document.isMergeKey(earlier.key) {
                        notes.append(.duplicateKey(mapping: mapping, key: entry.key, first: earlier.key))
                        break
                    }
                } else if let first = firstByText[text] {
                    notes.append(.duplicateKey(mapping: mapping, key: entry.key, first: first))
                } else {
                    firstByText[text] = entry.key
                }
            }
        }
        return notes
    }
}
