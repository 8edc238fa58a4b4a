/// The index of a node within its `Document`.
///
/// Nodes live in one flat array per document, in document order (a parent before its
/// children), so walking every node needs no recursion and an alias costs one index.
public struct NodeID: Sendable, Hashable, Comparable, BitwiseCopyable {
    /// The position in `Document.nodes`.
    public let index: Int

    /// Wraps an index into `Document.nodes`.
    public init(_ index: Int) { self.index = index }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
}
