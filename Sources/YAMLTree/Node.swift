/// One node of a YAML document: a scalar, a mapping, a sequence or an alias.
public struct Node: Sendable {
    /// What a node holds.
    public enum Content: Sendable {
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
    public var range: SourceRange
    /// The tag as libyaml resolved it (`tag:yaml.org,2002:str` for `!!str`), when one was written.
    public var tag: String?
    /// The anchor name (`&name`), when one was written.
    public var anchor: String?
    /// What the node holds.
    public var content: Content

    /// Creates a node.
    public init(range: SourceRange, tag: String? = nil, anchor: String? = nil, content: Content) {
        self.range = range
        self.tag = tag
        self.anchor = anchor
        self.content = content
    }

    /// The scalar's text, or nil for other nodes.
    public var scalarValue: String? {
        if case .scalar(let value, _) = content { return value }
        return nil
    }

    /// The scalar's style, or nil for other nodes.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }
}
