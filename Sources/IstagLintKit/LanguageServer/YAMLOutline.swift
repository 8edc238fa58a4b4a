/// The block structure of YAML text read line by line, as hover and completion need it while the
/// user types: the text is often not valid YAML then (`  ref` with no colon yet), so this does not
/// parse; it reads each line's sequence dashes and mapping key, and finds a place's enclosing keys
/// by indentation, as YAML's block style nests them. Flow collections and multi-line flow
/// scalars are not followed; the contents of block scalars (`|`, `>`) are skipped.
struct YAMLOutline {
    /// What one line holds. Columns are byte offsets in the line.
    struct Line {
        /// The columns of the `- ` sequence indicators that open the line.
        var dashColumns: [Int] = []
        /// The column of the mapping key the line holds.
        var keyColumn: Int?
        /// The key, unquoted.
        var key: String?
        /// Where the value after `key:` starts on the line; nil when it follows on later lines.
        var valueColumn: Int?
        /// The column of the first character after the indentation and dashes.
        var contentColumn = 0
        /// Whether the line is part of the structure: not blank, a comment, or block scalar text.
        var isStructural = false
        /// Whether the line is `---` or `...`.
        var isDocumentMarker = false
    }

    /// One enclosing level of a place: a mapping key, or an item of a sequence.
    struct Ancestor: Hashable {
        enum Element: Hashable {
            case key(String)
            case item
        }
        var element: Element
        /// The line of the key or of the item's dash.
        var line: Int
        /// The column of the key or of the dash.
        var column: Int
    }

    let text: DocumentText
    let lines: [Line]

    /// The outline of a text.
    init(_ text: DocumentText) {
        self.text = text
        var lines: [Line] = []
        lines.reserveCapacity(text.lineCount)
        var blockScalarParent: Int?
        for index in 0..<text.lineCount {
            let bytes = text.line(index)
            let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
            let isBlank = indent == bytes.count || bytes[bytes.startIndex + indent] == UInt8(ascii: "#")
            if let parent = blockScalarParent {
                if isBlank || indent > parent {
                    lines.append(Line())
                    continue
                }
                blockScalarParent = nil
            }
            let line = Self.read(bytes)
            // A block scalar (`|`, `>`) after a key or a dash: its text is what is indented more.
            let scalarColumn = line.keyColumn == nil ? (line.dashColumns.isEmpty ? nil : line.contentColumn) : line.valueColumn
            if let scalarColumn, let first = bytes.dropFirst(scalarColumn).first, first == UInt8(ascii: "|") || first == UInt8(ascii: ">") {
                blockScalarParent = line.keyColumn ?? line.dashColumns.last ?? 0
            }
            lines.append(line)
        }
        self.lines = lines
    }

    /// Reads one line.
    static func read(_ bytes: ArraySlice<UInt8>) -> Line {
        var line = Line()
        let base = bytes.startIndex
        var column = 0
        func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[base + at] : nil }
        while byte(column) == UInt8(ascii: " ") { column += 1 }
        if column == 0, bytes.starts(with: "---".utf8) || bytes.starts(with: "...".utf8),
            byte(3) == nil || byte(3) == UInt8(ascii: " ")
        {
            line.isDocumentMarker = true
            return line
        }
        while byte(column) == UInt8(ascii: "-"), byte(column + 1) == nil || byte(column + 1) == UInt8(ascii: " ") {
            line.dashColumns.append(column)
            column += 1
            while byte(column) == UInt8(ascii: " ") { column += 1 }
        }
        line.contentColumn = column
        let first = byte(column)
        line.isStructural = !line.dashColumns.isEmpty || (first != nil && first != UInt8(ascii: "#"))
        guard let first, first != UInt8(ascii: "#") else { return line }
        var end: Int
        var key: String
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var index = column + 1
            while let next = byte(index), next != first {
                index += next == UInt8(ascii: "\\") && first == UInt8(ascii: "\"") ? 2 : 1
            }
            guard byte(index) == first else { return line }
            key = String(decoding: bytes[(base + column + 1)..<(base + index)], as: UTF8.self)
            end = index + 1
            while byte(end) == UInt8(ascii: " ") { end += 1 }
            guard byte(end) == UInt8(ascii: ":") else { return line }
        } else {
            guard !"{[|>&*!%@`".utf8.contains(first) else { return line }
            var index = column
            while let next = byte(index) {
                if next == UInt8(ascii: ":"), byte(index + 1) == nil || byte(index + 1) == UInt8(ascii: " ") || byte(index + 1) == UInt8(ascii: "\t") {
                    break
                }
                if next == UInt8(ascii: "#"), index > column, byte(index - 1) == UInt8(ascii: " ") { return line }
                index += 1
            }
            guard byte(index) == UInt8(ascii: ":") else { return line }
            var keyEnd = index
            while keyEnd > column, byte(keyEnd - 1) == UInt8(ascii: " ") { keyEnd -= 1 }
            key = String(decoding: bytes[(base + column)..<(base + keyEnd)], as: UTF8.self)
            end = index
        }
        line.keyColumn = column
        line.key = key
        var value = end + 1
        while byte(value) == UInt8(ascii: " ") || byte(value) == UInt8(ascii: "\t") { value += 1 }
        if let next = byte(value), next != UInt8(ascii: "#") { line.valueColumn = value }
        return line
    }

    /// The lines of the YAML document that holds `line`: from after the `---` above it to
    /// before the next.
    func documentLines(around line: Int) -> Range<Int> {
        var start = line
        while start > 0 && !lines[start - 1].isDocumentMarker { start -= 1 }
        var end = line + 1
        while end < lines.count && !lines[end].isDocumentMarker { end += 1 }
        return start..<min(end, lines.count)
    }

    /// The keys and items that enclose a node starting at `column` on `line`, outermost first.
    /// The line's own dashes before `column` count: `- name` is inside an item.
    func ancestors(ofColumn column: Int, onLine lineIndex: Int) -> [Ancestor] {
        var found: [Ancestor] = []
        var limit = column
        var ownsSequence = false
        func enterItems(of line: Line, at index: Int) {
            for dash in line.dashColumns.reversed() where dash < limit {
                found.append(Ancestor(element: .item, line: index, column: dash))
                limit = dash
                ownsSequence = true
            }
        }
        if lineIndex < lines.count { enterItems(of: lines[lineIndex], at: lineIndex) }
        var index = min(lineIndex, lines.count) - 1
        while index >= 0 && (limit > 0 || ownsSequence) {
            let line = lines[index]
            if line.isDocumentMarker { break }
            if line.isStructural {
                if let key = line.key, let keyColumn = line.keyColumn, keyColumn < limit || (ownsSequence && keyColumn == limit) {
                    found.append(Ancestor(element: .key(key), line: index, column: keyColumn))
                    limit = keyColumn
                    ownsSequence = false
                }
                enterItems(of: line, at: index)
                if limit == 0 && !ownsSequence { break }
            }
            index -= 1
        }
        return found.reversed()
    }

    /// The keys of the mapping a key at `column` on `line` belongs to (the line's own excluded).
    func siblingKeys(ofColumn column: Int, onLine lineIndex: Int) -> Set<String> {
        var keys: Set<String> = []
        // A line that opens an item holds the item's first key: nothing above it is in the item.
        let opensItem = lineIndex < lines.count && lines[lineIndex].dashColumns.last.map { $0 < column } == true
        for step in opensItem ? [1] : [-1, 1] {
            var index = lineIndex + step
            while index >= 0 && index < lines.count {
                let line = lines[index]
                if line.isDocumentMarker { break }
                if line.isStructural {
                    let lineOpensItem = line.dashColumns.last.map { $0 < column } ?? false
                    if line.keyColumn == column, let key = line.key {
                        // Above, such a line is the first key of this item; below, the next item.
                        if lineOpensItem && step == 1 { break }
                        keys.insert(key)
                        if lineOpensItem { break }
                    } else if (line.dashColumns.first ?? line.contentColumn) < column {
                        break
                    }
                }
                index += step
            }
        }
        return keys
    }

    /// The scalar value written after `key:` on a line, unquoted, without a comment.
    func value(onLine index: Int) -> String? {
        guard index < lines.count, let column = lines[index].valueColumn else { return nil }
        var bytes = text.line(index).dropFirst(column)
        if let quote = bytes.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            bytes = bytes.dropFirst()
            return String(decoding: bytes.prefix { $0 != quote }, as: UTF8.self)
        }
        var end = bytes.startIndex
        while end < bytes.endIndex {
            if bytes[end] == UInt8(ascii: "#"), end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") { break }
            end += 1
        }
        while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    }

    /// The value of the top-level `kind:` of the document holding `line`.
    func rootKind(around line: Int) -> String? {
        for index in documentLines(around: line) {
            let entry = lines[index]
            if entry.isStructural, entry.dashColumns.isEmpty, entry.keyColumn == 0, entry.key == "kind" { return value(onLine: index) }
        }
        return nil
    }

    /// The value of `kind:` in the sequence item whose dash is at `column` on `line`.
    func itemKind(dashLine: Int, dashColumn: Int) -> String? {
        let first = lines[dashLine]
        let contentColumn = first.dashColumns.last == dashColumn ? first.contentColumn : dashColumn + 2
        var index = dashLine
        while index < lines.count {
            let line = lines[index]
            if line.isDocumentMarker { break }
            if line.isStructural {
                if index > dashLine && (line.dashColumns.first ?? line.contentColumn) <= dashColumn { break }
                if line.key == "kind", line.keyColumn == contentColumn { return value(onLine: index) }
            }
            index += 1
        }
        return nil
    }
}
