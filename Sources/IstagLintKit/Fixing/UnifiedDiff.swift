/// A unified diff of two versions of a file, as `diff -u` and `git diff` print it, for `--diff`.
///
/// Lines are compared as bytes, with their line ends (a CRLF line stays one), by Myers'
/// shortest edit script; hunks have three lines of context. `git apply` and `patch -p1` apply
/// it (the names carry git's `a/` and `b/`).
public enum UnifiedDiff {
    /// The lines of context around each change.
    static let context = 3

    /// The diff of `old` to `new` for the file `name`, or "" when they are equal.
    public static func of(_ old: [UInt8], _ new: [UInt8], name: String) -> String {
        guard old != new else { return "" }
        let before = lines(old)
        let after = lines(new)
        let script = editScript(before, after)
        var text = "--- a/\(name)\n+++ b/\(name)\n"
        for hunk in hunks(script) {
            let oldStart = hunk.first.map { script[$0].old } ?? 0
            let newStart = hunk.first.map { script[$0].new } ?? 0
            let oldCount = hunk.filter { script[$0].kind != .insert }.count
            let newCount = hunk.filter { script[$0].kind != .delete }.count
            text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for index in hunk {
                let step = script[index]
                switch step.kind {
                case .keep: text += " " + line(before[step.old])
                case .delete: text += "-" + line(before[step.old])
                case .insert: text += "+" + line(after[step.new])
                }
            }
        }
        return text
    }

    /// One step of the edit script: keep a line of both, delete one of the old, insert one of
    /// the new; `old` and `new` are the 0-based line indices at that point.
    struct Step {
        enum Kind { case keep, delete, insert }
        var kind: Kind
        var old: Int
        var new: Int
    }

    /// `start,count` as diff writes it: 1-based, the count left out when it is 1, and the line
    /// before when the count is 0.
    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(start),0"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(count)"
        }
    }

    /// A line for the diff: its bytes, with the marker diff prints when it has no line end.
    private static func line(_ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.last == UInt8(ascii: "\n") ? text : text + "\n\\ No newline at end of file\n"
    }

    /// The lines of a text, each with its line end.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// The steps of a shortest edit script from `a` to `b` (Myers, 1986), deletions before
    /// insertions where both are possible, as diff prints them.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        let n = a.count
        let m = b.count
        let offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = frontier[offset + k + 1]
                } else {
                    x = frontier[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back through the frontiers from the end.
        var steps: [Step] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let previous = trace[d]
            let k = x - y
            let previousK: Int
            if d > 0, k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d > 0 ? previous[offset + previousK] : 0
            let previousY = previousX - previousK
            while x > previousX, y > previousY, x > 0, y > 0 {
                x -= 1
                y -= 1
                steps.append(Step(kind: .keep, old: x, new: y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(Step(kind: .insert, old: x, new: y))
                } else {
                    x -= 1
                    steps.append(Step(kind: .delete, old: x, new: y))
                }
            }
        }
        while x > 0, y > 0 {
            x -= 1
            y -= 1
            steps.append(Step(kind: .keep, old: x, new: y))
        }
        return steps.reversed()
    }

    /// The steps of each hunk: the changes with up to `context` kept lines around them, changes
    /// closer than twice that in one hunk.
    private static func hunks(_ script: [Step]) -> [[Int]] {
        let changes = script.indices.filter { script[$0].kind != .keep }
        var hunks: [[Int]] = []
        var current: ClosedRange<Int>?
        for change in changes {
            let around = max(0, change - context)...min(script.count - 1, change + context)
            if let open = current, around.lowerBound <= open.upperBound + 1 {
                current = open.lowerBound...around.upperBound
            } else {
                if let open = current { hunks.append(Array(open)) }
                current = around
            }
        }
        if let open = current { hunks.append(Array(open)) }
        return hunks
    }
}
