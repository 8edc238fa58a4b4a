/// One document of a YAML stream, as a flat array of nodes with exact source ranges.
///
/// Nodes are stored in document order; an alias refers to its anchored node by index, so
/// nothing is ever copied and an alias bomb costs linear time and memory.
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

    /// How many levels of merge keys (`<<`) a lookup follows before it gives up.
    public static let mergeDepthLimit = 64

    init(index: Int, start: Mark) {
        self.nodes = []
        self.root = nil
        self.index = index
        self.range = SourceRange(at: start)
    }

    /// The node with this identifier, borrowed rather than copied: rules read `range` and
    /// `content` of many nodes, and a copy would retain and release every string in it.
    public subscript(id: NodeID) -> Node {
        _read { yield nodes[id.index] }
    }

    /// The node an alias stands for (one hop: anchors never sit on aliases), or the node itself.
    ///
    /// Returns nil for an alias whose anchor is not defined before it.
    public func resolved(_ id: NodeID) -> NodeID? {
        if case .alias(_, let target) = nodes[id.index].content { return target }
        return id
    }

    /// The text of a scalar node (through an alias), or nil.
    public func scalar(_ id: NodeID) -> String? {
        guard let id = resolved(id) else { return nil }
        return nodes[id.index].scalarValue
    }

    /// Whether a key node is the merge key `<<`: plain, or tagged `!!merge`, as go-yaml decides.
    public func isMergeKey(_ id: NodeID) -> Bool {
        guard case .scalar(let value, let style) = nodes[id.index].content, value.utf8.count == 2, value == "<<" else { return false }
        return style == .plain || nodes[id.index].tag == "tag:yaml.org,2002:merge"
    }

    /// A mapping's entries as the Kubernetes YAML decoder sees them, in source order.
    ///
    /// Merge keys are replaced by the entries they merge, where they stand, as go-yaml v2
    /// applies them: a later entry overwrites an earlier one with the same key, and in a
    /// sequence of merged mappings the earlier mapping wins. Literal duplicates are kept;
    /// use `value(forKey:in:)` for the value that wins. Returns nil when `id` is not a mapping.
    public func effectiveEntries(of id: NodeID) -> [MappingEntry]? {
        guard let id = resolved(id), case .mapping(let entries) = nodes[id.index].content else { return nil }
        guard mappingsWithMergeKeys.contains(id) else { return entries }
        var expanded: Set<NodeID> = [id]
        var result: [MappingEntry] = []
        appendEffectiveEntries(of: entries, into: &result, expanded: &expanded, depth: 0)
        return result
    }

    private func appendEffectiveEntries(
        of entries: [MappingEntry], into result: inout [MappingEntry], expanded: inout Set<NodeID>, depth: Int
    ) {
        for entry in entries {
            guard isMergeKey(entry.key) else {
                result.append(entry)
                continue
            }
            guard depth < Document.mergeDepthLimit, let source = resolved(entry.value) else { continue }
            let merged: [NodeID]
            switch nodes[source.index].content {
            case .mapping: merged = [source]
            case .sequence(let items): merged = items.reversed().compactMap { resolved($0) }
            default: merged = []
            }
            for mapping in merged where !expanded.contains(mapping) {
                guard case .mapping(let inner) = nodes[mapping.index].content else { continue }
                expanded.insert(mapping)
                appendEffectiveEntries(of: inner, into: &result, expanded: &expanded, depth: depth + 1)
            }
        }
    }

    /// The entry for a key in a mapping, after merge keys: the last one, which is the one
    /// the Kubernetes YAML decoder keeps.
    public func entry(forKey key: String, in mapping: NodeID) -> MappingEntry? {
        guard let mapping = resolved(mapping) else { return nil }
        if !mappingsWithMergeKeys.contains(mapping) {
            guard case .mapping(let entries) = nodes[mapping.index].content else { return nil }
            return lastEntry(forKey: key, in: entries)
        }
        guard let entries = effectiveEntries(of: mapping) else { return nil }
        return lastEntry(forKey: key, in: entries)
    }

    private func lastEntry(forKey key: String, in entries: [MappingEntry]) -> MappingEntry? {
        var index = entries.endIndex
        while index > entries.startIndex {
            index -= 1
            let entry = entries[index]
            switch nodes[entry.key.index].content {
            case .scalar(let text, _):
                if text.hasSameBytes(as: key) && !isMergeKey(entry.key) { return entry }
            case .alias(_, let target):
                if let target, case .scalar(let text, _) = nodes[target.index].content, text.hasSameBytes(as: key) { return entry }
            case .mapping, .sequence:
                continue
            }
        }
        return nil
    }

    /// The value node for a key in a mapping (see `entry(forKey:in:)`), not resolved through aliases.
    public func value(forKey key: String, in mapping: NodeID) -> NodeID? {
        entry(forKey: key, in: mapping)?.value
    }

    /// The items of a sequence node (through an alias), or nil.
    public func items(of id: NodeID) -> [NodeID]? {
        guard let id = resolved(id), case .sequence(let items) = nodes[id.index].content else { return nil }
        return items
    }

    /// Whether a node (through an alias) is a mapping.
    public func isMapping(_ id: NodeID) -> Bool {
        guard let id = resolved(id), case .mapping = nodes[id.index].content else { return false }
        return true
    }

    /// Whether a node is a null: an empty plain scalar, `~`, or `null` in any of YAML's spellings.
    public func isNull(_ id: NodeID) -> Bool {
        guard let id = resolved(id) else { return false }
        guard case .scalar(let value, let style) = nodes[id.index].content else { return false }
        if let tag = nodes[id.index].tag { return tag == "tag:yaml.org,2002:null" }
        guard style == .plain else { return false }
        switch value.utf8.count {
        case 0: return true
        case 1: return value == "~"
        case 4: return value == "null" || value == "Null" || value == "NULL"
        default: return false
        }
    }

    mutating func append(_ node: Node) -> NodeID {
        nodes.append(node)
        return NodeID(nodes.count - 1)
    }

    mutating func setContent(_ content: Node.Content, end: Mark, of id: NodeID) {
        nodes[id.index].content = content
        nodes[id.index].range.end = max(end, nodes[id.index].range.start)
    }

    mutating func finish(root: NodeID?, end: Mark) {
        self.root = root
        self.range.end = max(end, range.start)
    }
}
