/// Replacements of byte ranges in a file's text: what applying fixes does to the bytes, and
/// nothing else, so that everything outside the ranges stays as it was written.
enum SourceEdit {
    /// The items whose fixes can be applied together: sorted by where the fixes start, each
    /// one whose fix overlaps one before it left out (the first wins; the rest wait for the
    /// next pass). Two fixes that start at one place overlap too, even when both are empty
    /// insertions. Items without a fix are left out.
    static func nonOverlapping<Item>(_ items: [Item], fix: (Item) -> Fix?) -> [Item] {
        let sorted = items.enumerated().compactMap { index, item in fix(item).map { (index, item, $0) } }
            .sorted { ($0.2.range.start.offset, $0.0) < ($1.2.range.start.offset, $1.0) }
        var chosen: [Item] = []
        var end = -1
        var lastStart = -1
        for (_, item, fix) in sorted {
            let start = fix.range.start.offset
            guard start >= end, start != lastStart else { continue }
            chosen.append(item)
            end = fix.range.end.offset
            lastStart = start
        }
        return chosen
    }

    /// `bytes` with each fix's range replaced by its replacement; the fixes must be sorted by
    /// where they start (as `nonOverlapping` gives them), must not overlap and must lie within
    /// `bytes` (nil otherwise).
    static func applying(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + fixes.reduce(0) { $0 + $1.replacement.utf8.count })
        var position = 0
        for fix in fixes {
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
