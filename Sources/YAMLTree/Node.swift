/// One node of a YAMLDocument: a scalar, a mapping, a sequence or an alias.
///
/// A plain value with no references: a scalar's text lives in its document's text buffer and
/// a collection's children in its document's link buffer, so building, copying and dropping
/// a tree costs no reference counting and a handful of allocations per document. Read the
/// contents through the document (`Document.text(of:)`, `entries(of:)`, `content(of:)`).
public struct Node: Sendable, Hashable, BitwiseCopyable {
    /// What kind of node it is.
    public enum Kind: UInt8, Sendable, Hashable, BitwiseCopyable {
        case scalar
        case mapping
        case sequence
        case alias
    }

    /// What a node holds, decoded into strings and arrays (see `Document.content(of:)`).
    public enum Content: Sendable, Hashable {
        /// A scalar's text (after unescaping and folding) and how it was written.
        case scalar(String, ScalarStyle)
        /// A mapping's entries in source order, duplicates kept.
        case mapping([MappingEntry])
        /// A sequence's items in source order.
        case sequence([NodeID])
        /// An alias (`*name`) and the anchored node it stands for, when the anchor was defined before it.
        case alias(name: String, target: NodeID?)
    }

    /// Where the node is written; quoted scalars include their quotes.
    public internal(set) var range: SourceRange
    /// What kind of node it is.
    public let kind: Kind
    /// How a scalar is written; `.plain` for other nodes.
    public let style: ScalarStyle
    /// The tag's index in the document's strings, or -1.
    let tagIndex: Int32
    /// The anchor's index in the document's strings, or -1.
    let anchorIndex: Int32
    /// A scalar's first byte in the document's text; a collection's first link; an alias's
    /// target node, or -1.
    @usableFromInline var first: Int32
    /// A scalar's length in bytes; a collection's number of links (two per mapping entry); an
    /// alias's name index in the document's strings.
    @usableFromInline var count: Int32

    init(range: SourceRange, kind: Kind, style: ScalarStyle = .plain, tagIndex: Int32 = -1, anchorIndex: Int32 = -1, first: Int32 = 0, count: Int32 = 0) {
        self.range = range
        self.kind = kind
        self.style = style
        self.tagIndex = tagIndex
        self.anchorIndex = anchorIndex
        self.first = first
        self.count = count
    }

    /// The scalar's style, or nil for other nodes.
    public var scalarStyle: ScalarStyle? { kind == .scalar ? style : nil }

    /// A scalar's length in bytes (after unescaping and folding); 0 for other nodes.
    public var textLength: Int { kind == .scalar ? Int(count) : 0 }

    /// Whether a tag was written on the node.
    public var hasTag: Bool { tagIndex >= 0 }
}
