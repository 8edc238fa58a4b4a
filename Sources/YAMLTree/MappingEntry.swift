/// One `key: value` pair of a mapping, in source order.
///
/// The key and the value are nodes of their own, so a finding can underline either.
public struct MappingEntry: Sendable, Hashable {
    /// The key node.
    public var key: NodeID
    /// The value node.
    public var value: NodeID

    /// Pairs a key node with its value node.
    public init(key: NodeID, value: NodeID) {
        self.key = key
        self.value = value
    }
}
