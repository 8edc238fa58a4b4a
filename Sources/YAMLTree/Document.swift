/// One document of a YAML stream, as a flat array of nodes with exact source ranges.
///
/// Nodes are stored in document order; an alias refers to its anchored node by index, so
/// nothing is ever copied and an alias bomb costs linear time and memory. Scalars' texts sit
/// one after another in one byte buffer and collections' children in one link buffer.
public struct Document: Sendable {
    /// Every node of the document, a parent before its children.
    public internal(set) var nodes: [Node]
    /// The root node, or nil for an empty document (`---` alone, or only comments).
    public internal(set) var root: NodeID?
    /// The 0-based position of the document in its stream.
    public let index: Int
    /// Where the document starts and ends, including its `---` and `...` markers.
    public internal(set) var range: SourceRange
    /// Duplicate, null and collection keys, merge keys and undefined aliases, in the order the
    /// builder met them (a mapping's notes when the mapping is complete).
    public internal(set) var notes: [StructureNote] = []
    /// The mappings that hold a merge key (`<<`): lookups in every other mapping read its
    /// entries as they are.
    var mappingsWithMergeKeys: Set<NodeID> = []
    /// Every scalar's text (after unescaping and folding), one after another.
    @usableFromInline var text: [UInt8] = []
    /// Every collection's children: a mapping's keys and values in turn, a sequence's items.
    @usableFromInline var links: [NodeID] = []
    /// Tags, anchors and alias names.
    var strings: [String] = []

    /// Whether the document may hold aliases: false when it has no tag, anchor or alias at
    /// all, so that a walk can know every node is met once.
    public var mayHoldAliases: Bool { !strings.isEmpty }

    /// How many levels of merge keys (`<<`) a lookup follows before it gives up.
    public static let mergeDepthLimit = 64

    init(index: Int, range: SourceRange, root: NodeID?, nodes: [Node], text: [UInt8], links: [NodeID], strings: [String]) {
        self.index = index
        self.range = range
        self.root = root
        self.nodes = nodes
        self.text = text
        self.links = links
        self.strings = strings
    }

    /// The node with this identifier.
    @inlinable @inline(__always)
    public subscript(id: NodeID) -> Node {
        nodes[id.index]
    }

    // MARK: Contents

    /// A node's contents decoded into strings and arrays: convenient, and slower than the
    /// accessors below, which read the buffers in place.
    public func content(of id: NodeID) -> Node.Content {
        let node = nodes[id.index]
        switch node.kind {
        case .scalar: return .scalar(text(of: id) ?? "", node.style)
        case .mapping: return .mapping(Array(MappingEntries(links: links(of: node))))
        case .sequence: return .sequence(Array(links(of: node)))
        case .alias: return .alias(name: strings[Int(node.count)], target: node.first < 0 ? nil : NodeID(Int(node.first)))
        }
    }

    private func links(of node: Node) -> ArraySlice<NodeID> {
        links[Int(node.first)..<Int(node.first + node.count)]
    }

    /// A scalar node's text (not through an alias), or nil for other nodes.
    @inlinable
    public func text(of id: NodeID) -> String? {
        withText(of: id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a scalar node's text as bytes, in place (not through an alias); nil
    /// for other nodes.
    @inlinable
    public func withText<Result>(of id: NodeID, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let node = nodes[id.index]
        guard node.kind == .scalar else { return nil }
        return withBytes(of: node, body)
    }

    /// Calls `body` with a scalar node's bytes in the text buffer.
    @inlinable @inline(__always)
    func withBytes<Result>(of node: Node, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(node.first)..<Int(node.first + node.count)])) }
    }

    /// The first byte of a scalar node's text (not through an alias); nil for an empty scalar
    /// and for other nodes.
    @inlinable
    public func firstByte(of id: NodeID) -> UInt8? {
        let node = nodes[id.index]
        guard node.kind == .scalar, node.count > 0 else { return nil }
        return text[Int(node.first)]
    }

    /// Whether a node is a scalar (not through an alias) whose text has exactly the bytes of `string`.
    @inlinable
    public func hasText(_ id: NodeID, _ string: String) -> Bool {
        let node = nodes[id.index]
        guard node.kind == .scalar, Int(node.count) == string.utf8.count else { return false }
        return string.withUTF8Bytes { wanted in withBytes(of: node) { Document.sameBytes($0, wanted) } }
    }

    /// Whether two scalar nodes (not through aliases) have the same text.
    func haveSameText(_ lhs: NodeID, _ rhs: NodeID) -> Bool {
        let left = nodes[lhs.index]
        let right = nodes[rhs.index]
        guard left.kind == .scalar, right.kind == .scalar, left.count == right.count else { return false }
        if left.first == right.first { return true }
        return withBytes(of: left) { leftBytes in withBytes(of: right) { Document.sameBytes(leftBytes, $0) } }
    }

    /// Whether two byte buffers hold the same bytes (an index loop: `elementsEqual` costs more here).
    @inlinable @inline(__always)
    static func sameBytes(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var index = 0
        while index < lhs.count {
            if lhs[index] != rhs[index] { return false }
            index += 1
        }
        return true
    }

    /// The tag as libyaml resolved it (`tag:yaml.org,2002:str` for `!!str`), when one was written.
    public func tag(of id: NodeID) -> String? {
        let index = nodes[id.index].tagIndex
        return index < 0 ? nil : strings[Int(index)]
    }

    /// The anchor name (`&name`), when one was written.
    public func anchor(of id: NodeID) -> String? {
        let index = nodes[id.index].anchorIndex
        return index < 0 ? nil : strings[Int(index)]
    }

    // MARK: Reading as the decoder does

    /// The node an alias stands for (one hop: anchors never sit on aliases), or the node itself.
    ///
    /// Returns nil for an alias whose anchor is not defined before it.
    @inlinable @inline(__always)
    public func resolved(_ id: NodeID) -> NodeID? {
        let node = nodes[id.index]
        guard node.kind == .alias else { return id }
        return node.first < 0 ? nil : NodeID(Int(node.first))
    }

    /// The text of a scalar node (through an alias), or nil.
    public func scalar(_ id: NodeID) -> String? {
        guard let id = resolved(id) else { return nil }
        return text(of: id)
    }

    /// Whether a key node is the merge key `<<`: plain, or tagged `!!merge`, as go-yaml decides.
    public func isMergeKey(_ id: NodeID) -> Bool {
        let node = nodes[id.index]
        guard node.kind == .scalar, node.count == 2, hasText(id, "<<") else { return false }
        return node.style == .plain || tag(of: id) == "tag:yaml.org,2002:merge"
    }

    /// A mapping's literal entries (through an alias), merge keys included; nil when `id` is not a mapping.
    public func entries(of id: NodeID) -> MappingEntries? {
        guard let id = resolved(id) else { return nil }
        let node = nodes[id.index]
        guard node.kind == .mapping else { return nil }
        return MappingEntries(links: links(of: node))
    }

    /// A mapping's entries as the Kubernetes YAML decoder sees them, in source order.
    ///
    /// Merge keys are replaced by the entries they merge, where they stand, as go-yaml v2
    /// applies them: a later entry overwrites an earlier one with the same key, and in a
    /// sequence of merged mappings the earlier mapping wins. Literal duplicates are kept;
    /// use `value(forKey:in:)` for the value that wins. Returns nil when `id` is not a mapping.
    public func effectiveEntries(of id: NodeID) -> MappingEntries? {
        guard let id = resolved(id), let entries = entries(of: id) else { return nil }
        guard !mappingsWithMergeKeys.isEmpty, mappingsWithMergeKeys.contains(id) else { return entries }
        var expanded: Set<NodeID> = [id]
        var result: [NodeID] = []
        appendEffectiveEntries(of: entries, into: &result, expanded: &expanded, depth: 0)
        return MappingEntries(links: result[...])
    }

    private func appendEffectiveEntries(
        of entries: MappingEntries, into result: inout [NodeID], expanded: inout Set<NodeID>, depth: Int
    ) {
        for entry in entries {
            guard isMergeKey(entry.key) else {
                result.append(entry.key)
                result.append(entry.value)
                continue
            }
            guard depth < Document.mergeDepthLimit, let source = resolved(entry.value) else { continue }
            let merged: [NodeID]
            switch nodes[source.index].kind {
            case .mapping: merged = [source]
            case .sequence: merged = items(of: source)?.reversed().compactMap { resolved($0) } ?? []
            default: merged = []
            }
            for mapping in merged where !expanded.contains(mapping) {
                guard let inner = self.entries(of: mapping) else { continue }
                expanded.insert(mapping)
                appendEffectiveEntries(of: inner, into: &result, expanded: &expanded, depth: depth + 1)
            }
        }
    }

    /// The entry for a key in a mapping, after merge keys: the last one, which is the one
    /// the Kubernetes YAML decoder keeps.
    public func entry(forKey key: String, in mapping: NodeID) -> MappingEntry? {
        guard let mapping = resolved(mapping), nodes[mapping.index].kind == .mapping else { return nil }
        if !mappingsWithMergeKeys.isEmpty && mappingsWithMergeKeys.contains(mapping) {
            guard let entries = effectiveEntries(of: mapping) else { return nil }
            return key.withUTF8Bytes { lastEntry(withKey: $0, in: entries.links) }
        }
        let node = nodes[mapping.index]
        return key.withUTF8Bytes { lastEntry(withKey: $0, in: links[Int(node.first)..<Int(node.first + node.count)]) }
    }

    /// The last entry of `pairs` (keys and values in turn) whose key is a scalar, or an alias
    /// of one, with exactly the bytes `wanted`; a merge key written literally never matches.
    private func lastEntry(withKey wanted: UnsafeBufferPointer<UInt8>, in pairs: ArraySlice<NodeID>) -> MappingEntry? {
        text.withUnsafeBufferPointer { buffer in
            var index = pairs.startIndex + (pairs.count / 2) * 2
            while index > pairs.startIndex {
                index -= 2
                let key = pairs[index]
                var keyNode = key
                if nodes[key.index].kind == .alias {
                    guard let target = resolved(key) else { continue }
                    keyNode = target
                }
                let node = nodes[keyNode.index]
                guard node.kind == .scalar, Int(node.count) == wanted.count else { continue }
                let start = Int(node.first)
                guard Document.sameBytes(UnsafeBufferPointer(rebasing: buffer[start..<(start + wanted.count)]), wanted) else { continue }
                if wanted.count == 2 && keyNode == key && isMergeKey(key) { continue }
                return MappingEntry(key: key, value: pairs[index + 1])
            }
            return nil
        }
    }

    /// The value node for a key in a mapping (see `entry(forKey:in:)`), not resolved through aliases.
    public func value(forKey key: String, in mapping: NodeID) -> NodeID? {
        entry(forKey: key, in: mapping)?.value
    }

    /// The items of a sequence node (through an alias), or nil.
    public func items(of id: NodeID) -> NodeList? {
        guard let id = resolved(id) else { return nil }
        let node = nodes[id.index]
        guard node.kind == .sequence else { return nil }
        return NodeList(links: links(of: node))
    }

    /// Whether a node (through an alias) is a mapping.
    @inlinable
    public func isMapping(_ id: NodeID) -> Bool {
        guard let id = resolved(id) else { return false }
        return nodes[id.index].kind == .mapping
    }

    /// Whether a node is a null: an empty plain scalar, `~`, or `null` in any of YAML's spellings.
    public func isNull(_ id: NodeID) -> Bool {
        guard let id = resolved(id) else { return false }
        let node = nodes[id.index]
        guard node.kind == .scalar else { return false }
        if node.tagIndex >= 0 { return tag(of: id) == "tag:yaml.org,2002:null" }
        guard node.style == .plain else { return false }
        switch node.count {
        case 0:
            return true
        case 1:
            return text[Int(node.first)] == UInt8(ascii: "~")
        case 4:
            // null, Null or NULL, compared in place.
            let start = Int(node.first)
            let (n, u, l1, l2) = (text[start], text[start + 1], text[start + 2], text[start + 3])
            if n == UInt8(ascii: "n") { return u == UInt8(ascii: "u") && l1 == UInt8(ascii: "l") && l2 == UInt8(ascii: "l") }
            if n == UInt8(ascii: "N") {
                return (u == UInt8(ascii: "u") && l1 == UInt8(ascii: "l") && l2 == UInt8(ascii: "l"))
                    || (u == UInt8(ascii: "U") && l1 == UInt8(ascii: "L") && l2 == UInt8(ascii: "L"))
            }
            return false
        default:
            return false
        }
    }
}

extension Document {
    /// A copy of the document in which `replacement` rewrites scalars: a scalar it returns a
    /// text for takes that text and style, and keeps its range, its tag and its anchor, so
    /// that what is read from it is the new text while findings still point at what was
    /// written. An OpenShift Template's parameters are substituted so.
    public func replacingScalars(_ replacement: (NodeID) -> (text: String, style: ScalarStyle)?) -> Document {
        var copy = self
        for index in nodes.indices where nodes[index].kind == .scalar {
            let id = NodeID(index)
            guard let (text, style) = replacement(id) else { continue }
            let node = nodes[index]
            let first = Int32(copy.text.count)
            copy.text += Array(text.utf8)
            copy.nodes[index] = Node(
                range: node.range, kind: .scalar, style: style, tagIndex: node.tagIndex, anchorIndex: node.anchorIndex, first: first,
                count: Int32(copy.text.count) - first)
        }
        return copy
    }
}
