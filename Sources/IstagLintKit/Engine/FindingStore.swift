import YAMLTree

/// A file's findings, kept as the rules returned them, and the order to report them in.
///
/// Each rule's array is stored as it came (a batch), never copied into one big array: a rule
/// that finds a million problems costs its own array and an 8-byte position per finding.
/// Suppressions, sorting, alias merging and the cap all work on the positions.
struct FindingStore: Sendable {
    /// One rule's findings in one document, with the objects they are about.
    struct Batch: Sendable {
        var findings: [Finding]
        var document: Int32
        /// The object of every finding (an index into the file's objects, -1 for none), when
        /// `owners` is empty.
        var object: Int32
        /// Each finding's object, when they differ (a document rule's findings).
        var owners: [Int32]
    }

    /// Where a finding is: its batch and its index there.
    struct Position: Sendable, Hashable {
        var batch: Int32
        var index: Int32
    }

    private(set) var batches: [Batch] = []
    /// The findings in the order they are reported.
    private(set) var order: [Position] = []

    /// How many findings are reported.
    var count: Int { order.count }

    /// The finding at a position.
    subscript(position: Position) -> Finding {
        batches[Int(position.batch)].findings[Int(position.index)]
    }

    /// The document of the finding at a position.
    func document(at position: Position) -> Int {
        Int(batches[Int(position.batch)].document)
    }

    /// The object of the finding at a position (an index into the file's objects), or nil.
    func object(at position: Position) -> Int? {
        let batch = batches[Int(position.batch)]
        let object = batch.owners.isEmpty ? batch.object : batch.owners[Int(position.index)]
        return object < 0 ? nil : Int(object)
    }

    /// The objects (indices into the file's objects) that a finding passing a test is about.
    func objects(where test: (Finding) -> Bool) -> Set<Int> {
        var objects: Set<Int> = []
        for position in order where test(self[position]) {
            if let object = object(at: position) { objects.insert(object) }
        }
        return objects
    }

    /// Adds a rule's findings, all about one object (or none), or each about its own (`owners`).
    mutating func append(_ findings: [Finding], document: Int, object: Int?, owners: [Int32] = []) {
        guard !findings.isEmpty else { return }
        let batch = Int32(batches.count)
        batches.append(Batch(findings: findings, document: Int32(document), object: Int32(object ?? -1), owners: owners))
        order.reserveCapacity(order.count + findings.count)
        for index in findings.indices { order.append(Position(batch: batch, index: Int32(index))) }
    }

    /// Drops the findings a test rejects.
    mutating func removeAll(where isRemoved: (Finding) -> Bool) {
        let batches = self.batches
        order.removeAll { isRemoved(batches[Int($0.batch)].findings[Int($0.index)]) }
    }

    /// Keeps the findings whose index in the order passes a test.
    mutating func keep(_ isKept: (Int) -> Bool) {
        order = order.indices.filter(isKept).map { order[$0] }
    }

    /// Keeps the first `limit` findings; returns the position of the first one dropped.
    mutating func truncate(to limit: Int) -> Position? {
        guard order.count > limit else { return nil }
        let first = order[limit]
        order.removeSubrange(limit...)
        return first
    }

    /// Sorts by start, then rule. Swift's sort is stable: findings of one rule at one place
    /// keep the order the rule gave them, which is the server's order.
    mutating func sortByPosition() {
        let batches = self.batches
        order.sort { lhs, rhs in
            let left = batches[Int(lhs.batch)].findings[Int(lhs.index)].range.start.offset
            let right = batches[Int(rhs.batch)].findings[Int(rhs.index)].range.start.offset
            if left != right { return left < right }
            return batches[Int(lhs.batch)].findings[Int(lhs.index)].code < batches[Int(rhs.batch)].findings[Int(rhs.index)].code
        }
    }

    /// Reports once the sorted findings that aliases (and merge keys) repeat: nodes are never
    /// copied, so a finding about an aliased node has the anchored node's range in every place
    /// that uses it, and differs only in its path. Findings of one rule with the same range and
    /// the same message once their path is taken out are merged into the first (the first
    /// place, in the order the rule gave them), which says how many more places there are.
    /// Findings with the same path too are left alone: they are not repeats through aliases.
    mutating func mergeAliases() {
        var kept: [Position] = []
        kept.reserveCapacity(order.count)
        var start = 0
        while start < order.count {
            // Sorted by start and rule: a run of one rule at one start is contiguous.
            let head = self[order[start]]
            var end = start + 1
            while end < order.count, self[order[end]].range.start.offset == head.range.start.offset && self[order[end]].code == head.code {
                end += 1
            }
            if end - start == 1 {
                kept.append(order[start])
            } else {
                var firstByKey: [String: Int] = [:]
                var repeats: [Int: Int] = [:]
                for position in order[start..<end] {
                    let finding = self[position]
                    let message = finding.message.text
                    let text = finding.path.isEmpty ? message : message.replacing(finding.path, with: "\u{0}")
                    let key = "\(finding.range.end.offset)\u{0}\(text)"
                    if let first = firstByKey[key], self[kept[first]].path != finding.path {
                        repeats[first, default: 0] += 1
                    } else {
                        if firstByKey[key] == nil { firstByKey[key] = kept.count }
                        kept.append(position)
                    }
                }
                for (index, count) in repeats {
                    let position = kept[index]
                    batches[Int(position.batch)].findings[Int(position.index)].message
                        .append(" (and \(count) more place\(count == 1 ? "" : "s") through aliases)")
                }
            }
            start = end
        }
        order = kept
    }
}
