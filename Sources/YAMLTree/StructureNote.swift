/// Something about a document's structure that the tree builder notices while it builds, so
/// that rules about keys and aliases need not walk every node again.
public enum StructureNote: Sendable, Hashable {
    /// A scalar key written a second time in the same mapping (merge keys aside).
    case duplicateKey(mapping: NodeID, key: NodeID, first: NodeID)
    /// A key that is a mapping or a sequence.
    case collectionKey(mapping: NodeID, key: NodeID)
    /// A key that is a plain null (`~`, `null`, an empty key) or tagged `!!null`.
    case nullKey(mapping: NodeID, key: NodeID)
    /// A key that is an alias; what it stands for decides whether it is usable.
    case aliasKey(mapping: NodeID, key: NodeID)
    /// A merge key (`<<`) and its value.
    case mergeKey(mapping: NodeID, value: NodeID)
    /// An alias whose anchor is not defined before it.
    case undefinedAlias(NodeID)

    /// The node the note is about: the key, the merge value, or the alias.
    public var node: NodeID {
        switch self {
        case .duplicateKey(_, let key, _), .collectionKey(_, let key), .nullKey(_, let key), .aliasKey(_, let key): return key
        case .mergeKey(_, let value): return value
        case .undefinedAlias(let alias): return alias
        }
    }
}
