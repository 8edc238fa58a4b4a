/// Many path patterns matched together, one path segment at a time: what a folder walk needs to
/// prune excluded folders and to tell excluded files apart without trying every pattern on
/// every file.
///
/// The patterns' segments are states of one automaton; a node is the set of states a path has
/// reached (built on first use and kept, so folders that reach the same states share one).
/// Each node indexes the segments it waits for: literal names in a dictionary, wildcard
/// segments by their literal suffix or prefix, so a name costs a few lookups whatever the
/// number of patterns. `**` states stay in every following node. An `exclude` pattern ends in
/// `**` (see `Glob`), so once a path matches, everything below it matches too; `accepts`,
/// `matchesFile` and `matches` rely on that. An ignore file's patterns match a path only as a
/// whole, and are asked which of them match (`patterns(acceptedBy:)`,
/// `patterns(matchingFile:in:)`), since the last one decides.
public struct GlobSet: Sendable {
    /// A node of the automaton: the states a path reached.
    public struct Node: Sendable, Hashable {
        fileprivate let index: Int
    }

    /// One state: a segment of a pattern, or the end of one.
    private struct SegmentState: Sendable {
        /// The segment waited for, nil at the end of a pattern.
        var segment: String?
        var isDoubleStar: Bool
        /// Whether the segment has no wildcard (matched by equality of Unicode scalars).
        var isLiteral: Bool
        /// Whether only `**` segments (or nothing) remain from here: the path matched.
        var accepts: Bool
        /// The literal end and start of a wildcard segment, up to its first and last wildcard.
        var suffix: String
        var prefix: String
        /// The pattern the state belongs to, by its position in the list compiled.
        var pattern: Int
    }

    /// The states a node holds and what indexes them.
    private struct NodeData: Sendable {
        var states: [Int]
        var accepts: Bool
        /// The patterns a path reaching this node matches, in ascending order.
        var accepting: [Int]
        /// The patterns whose `**` state here accepts: any name one step further matches them.
        var acceptingStars: [Int]
        /// The `**` states and what they reach without a segment: the node every name leads
        /// to when it matches nothing else. Filled when first needed.
        var base: Int?
        var literals: [String: [Int]] = [:]
        /// Wildcard states by the scalar count and text of their literal suffix (or prefix).
        var bySuffix: [Int: [String: [Int]]] = [:]
        var byPrefix: [Int: [String: [Int]]] = [:]
        var otherWildcards: [Int] = []
    }

    private var states: [SegmentState] = []
    private var starts: [Int] = []
    private var nodes: [NodeData] = []
    private var nodeIndex: [[Int]: Int] = [:]
    /// Whether there are no patterns at all.
    public let isEmpty: Bool

    /// Compiles patterns together.
    public init(_ globs: [Glob]) {
        isEmpty = globs.isEmpty
        // No patterns (no configuration, or none excluded): one node that matches nothing,
        // made without the sets and dictionaries a node is looked up in.
        guard !isEmpty else {
            nodes = [NodeData(states: [], accepts: false, accepting: [], acceptingStars: [], base: 0)]
            return
        }
        for (index, glob) in globs.enumerated() {
            starts.append(states.count)
            let segments = glob.segments
            for (offset, segment) in segments.enumerated() {
                let remainingStars = segments[offset...].allSatisfy { $0 == "**" }
                let scalars = Array(segment.unicodeScalars)
                let isWild: (Unicode.Scalar) -> Bool = { $0 == "*" || $0 == "?" || $0 == "[" || $0 == "]" }
                let prefixEnd = scalars.firstIndex(where: isWild) ?? scalars.count
                let suffixStart = scalars.lastIndex(where: isWild).map { $0 + 1 } ?? 0
                states.append(
                    SegmentState(
                        segment: segment, isDoubleStar: segment == "**",
                        isLiteral: !segment.unicodeScalars.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }),
                        accepts: remainingStars,
                        suffix: String(String.UnicodeScalarView(scalars[suffixStart...])), prefix: String(String.UnicodeScalarView(scalars[..<prefixEnd])),
                        pattern: index))
            }
            states.append(SegmentState(segment: nil, isDoubleStar: false, isLiteral: false, accepts: true, suffix: "", prefix: "", pattern: index))
        }
        _ = node(for: starts)
    }

    /// The node of the empty path (the patterns' base directory itself).
    public var start: Node { Node(index: 0) }

    /// Whether the path that reached a node matches a pattern.
    public func accepts(_ node: Node) -> Bool { nodes[node.index].accepts }

    /// The node reached from `node` by one more path segment.
    public mutating func step(_ node: Node, _ name: String) -> Node {
        let next = successors(of: node.index, name)
        let base = baseNode(of: node.index)
        if next.isEmpty { return Node(index: base) }
        return Node(index: self.node(for: nodes[base].states + next))
    }

    /// Whether a file `name` inside the path that reached `node` matches, without keeping the
    /// node it leads to.
    public func matchesFile(_ name: String, in node: Node) -> Bool {
        nodes[node.index].accepts || successors(of: node.index, name).contains { closure(of: $0).contains { states[$0].accepts } }
    }

    /// The patterns the path that reached a node matches as a whole, in ascending order.
    public func patterns(acceptedBy node: Node) -> [Int] { nodes[node.index].accepting }

    /// The patterns a file `name` inside the path that reached `node` matches as a whole, in
    /// ascending order, without keeping the node it leads to.
    public func patterns(matchingFile name: String, in node: Node) -> [Int] {
        var found = nodes[node.index].acceptingStars
        for state in successors(of: node.index, name) {
            for reached in closure(of: state) where states[reached].accepts { found.append(states[reached].pattern) }
        }
        return found.count > 1 ? Set(found).sorted() : found
    }

    /// Whether a relative path (with `/` separators) matches one of the patterns: the path
    /// itself or one of the directories it is in.
    public mutating func matches(_ path: String) -> Bool {
        var current = start
        var text = Substring(path)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        for name in text.split(separator: "/", omittingEmptySubsequences: true) {
            if accepts(current) { return true }
            current = step(current, String(name))
        }
        return accepts(current)
    }

    /// The states a name moves a node's waiting segments to.
    private func successors(of index: Int, _ name: String) -> [Int] {
        let data = nodes[index]
        var found: [Int] = []
        if let candidates = data.literals[name] {
            for state in candidates where states[state].segment.map({ $0.unicodeScalars.elementsEqual(name.unicodeScalars) }) == true {
                found.append(state + 1)
            }
        }
        if !data.bySuffix.isEmpty || !data.byPrefix.isEmpty {
            let scalars = Array(name.unicodeScalars)
            for (length, bucket) in data.bySuffix where length <= scalars.count {
                let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - length)...]))
                for state in bucket[suffix] ?? [] where matchesSegment(state, name) { found.append(state + 1) }
            }
            for (length, bucket) in data.byPrefix where length <= scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[..<length]))
                for state in bucket[prefix] ?? [] where matchesSegment(state, name) { found.append(state + 1) }
            }
        }
        for state in data.otherWildcards where matchesSegment(state, name) { found.append(state + 1) }
        return found
    }

    private func matchesSegment(_ state: Int, _ name: String) -> Bool {
        guard let segment = states[state].segment else { return false }
        return Glob.matchSegment(segment, name)
    }

    /// A state and the states it reaches through `**` segments without consuming a name.
    private func closure(of state: Int) -> [Int] {
        var result = [state]
        var current = state
        while states[current].isDoubleStar {
            current += 1
            result.append(current)
        }
        return result
    }

    private mutating func baseNode(of index: Int) -> Int {
        if let base = nodes[index].base { return base }
        let stars = nodes[index].states.filter { states[$0].isDoubleStar }
        let base = node(for: stars)
        nodes[index].base = base
        if nodes[base].base == nil { nodes[base].base = base }
        return base
    }

    /// The node of a set of states (closed under `**` first), made on first use.
    private mutating func node(for seeds: [Int]) -> Int {
        var set: Set<Int> = []
        for seed in seeds { set.formUnion(closure(of: seed)) }
        let sorted = set.sorted()
        if let known = nodeIndex[sorted] { return known }
        let accepting = Set(sorted.filter { states[$0].accepts }.map { states[$0].pattern }).sorted()
        let acceptingStars = Set(sorted.filter { states[$0].accepts && states[$0].isDoubleStar }.map { states[$0].pattern }).sorted()
        var data = NodeData(states: sorted, accepts: !accepting.isEmpty, accepting: accepting, acceptingStars: acceptingStars)
        for state in sorted {
            let info = states[state]
            guard let segment = info.segment, !info.isDoubleStar else { continue }
            if info.isLiteral {
                data.literals[segment, default: []].append(state)
            } else if !info.suffix.isEmpty {
                data.bySuffix[info.suffix.unicodeScalars.count, default: [:]][info.suffix, default: []].append(state)
            } else if !info.prefix.isEmpty {
                data.byPrefix[info.prefix.unicodeScalars.count, default: [:]][info.prefix, default: []].append(state)
            } else {
                data.otherWildcards.append(state)
            }
        }
        nodes.append(data)
        nodeIndex[sorted] = nodes.count - 1
        return nodes.count - 1
    }
}
