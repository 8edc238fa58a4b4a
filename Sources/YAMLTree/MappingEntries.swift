/// A mapping's entries as a collection indexed from 0, read in place from the document's
/// link buffer (or from the merged entries when the mapping has merge keys).
public struct MappingEntries: RandomAccessCollection, Sendable {
    /// The key and value of every entry, one after the other.
    @usableFromInline let links: ArraySlice<NodeID>

    @usableFromInline
    init(links: ArraySlice<NodeID>) {
        self.links = links
    }

    /// The first position: 0.
    @inlinable
    public var startIndex: Int { 0 }
    /// The number of entries.
    @inlinable
    public var endIndex: Int { links.count / 2 }

    /// The entry at a position.
    @inlinable
    public subscript(position: Int) -> MappingEntry {
        let base = links.startIndex + position * 2
        return MappingEntry(key: links[base], value: links[base + 1])
    }
}
