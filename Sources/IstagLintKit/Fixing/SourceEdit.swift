/// Replacements of byte ranges in a file's text: what applying fixes does to the bytes, and
/// nothing else, so that everything outside the ranges stays as it was written.
enum SourceEdit {
    /// The fixes that can be applied together: sorted by where they start, each one that
    /// overlaps one before it left out (the first wins; the rest wait for the next pass). Two
    /// fixes that start at one place overlap too, even when both are empty insertions.
    static func nonOverlapping(_ fixes: [Fix]) -> [Fix] {
        let sorted = fixes.enumerated().sorted { ($0.element.range.start.offset, $0.offset) < ($1.element.range.start.offset, $1.offset) }.map(\.element)
        var chosen: [Fix] = []
        var end = -1
        var lastStart = -1
        for fix in sorted {
            let start = fix.range.start.offset
            guard start >= end, start != lastStart else { continue }
            chosen.append(fix)
            end = fix.range.end.offset
            lastStart = start
        }
        return chosen
    }

    /// `bytes` with each fix's range replaced by its replacement; the fixes must not overlap
    /// and must lie within `bytes` (nil otherwise).
    static func applying(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + fixes.reduce(0) { $0 + $1.replacement.utf8.count })
        var position = 0
        for fix in fixes.sorted(by: { $0.range.start.offset < $1.range.start.offset }) {
            let start = fix.range.start.offset
            let end = fix.range.end.offset
            guard start >= position, end >= start, end <= bytes.count else { return nil }
            result += bytes[position..<start]
            result += Array(fix.replacement.utf8)
            position = end
        }
        result += bytes[position...]
        return result
    }
}
