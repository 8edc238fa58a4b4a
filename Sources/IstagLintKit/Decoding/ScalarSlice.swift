import YAMLTree

/// The source range of part of a scalar's value, so a finding can underline just the stream
/// part of `ruby:3.3`. Exact for single-line plain scalars and quoted scalars without escapes;
/// otherwise the whole scalar.
enum ScalarSlice {
    /// The range of `length` Unicode scalars starting `start` scalars into the value of `range`.
    static func range(of value: String, in range: SourceRange, from start: Int, length: Int) -> SourceRange {
        let bytes = range.end.offset - range.start.offset
        let quote: Int
        if bytes == value.utf8.count {
            quote = 0
        } else if bytes == value.utf8.count + 2 {
            quote = 1
        } else {
            return range
        }
        guard range.start.line == range.end.line else { return range }
        guard start >= 0, length >= 0 else { return range }
        var prefixBytes = 0
        var sliceBytes = 0
        var position = 0
        for scalar in value.unicodeScalars {
            if position < start { prefixBytes += scalar.utf8.count } else if position < start + length { sliceBytes += scalar.utf8.count }
            position += 1
        }
        guard start + length <= position else { return range }
        let begin = Mark(line: range.start.line, column: range.start.column + quote + start, offset: range.start.offset + quote + prefixBytes)
        let end = Mark(line: begin.line, column: begin.column + length, offset: begin.offset + sliceBytes)
        return SourceRange(start: begin, end: end)
    }
}
