/// A sequence's items as a collection indexed from 0, read in place from the document's
/// link buffer.
public struct NodeList: RandomAccessCollection, Sendable {
    @usableFromInline let links: ArraySlice<NodeID>

    @usableFromInline
    init(links: ArraySlice<NodeID>) {
        self.links = links
    }

    /// The first position: 0.
    @inlinable
    public var startIndex: Int { 0 }
    /// The number of items.
    @inlinable
    public var endIndex: Int { links.count }

    /// The item at a position.
    @inlinable
    public subscript(position: Int) -> NodeID {
        links[links.startIndex + position]
    }
}
