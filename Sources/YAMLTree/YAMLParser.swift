internal import CYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns YAML bytes into documents of nodes with exact source ranges, through libyaml's event API.
///
/// The only file that sees libyaml: no C type leaks out of this module.
public enum YAMLParser {
    /// Reads every document of a stream.
    ///
    /// Reading stops at the first syntax error or limit; the documents completed before it are
    /// returned with the problem. Never traps, whatever the bytes.
    public static func parse(_ bytes: [UInt8], options: ParseOptions = .default) -> ParseResult {
        if bytes.count > options.maxFileSize {
            return ParseResult(source: SourceText(bytes: []), documents: [], problem: .fileTooLarge(size: bytes.count, limit: options.maxFileSize))
        }
        if let problem = utf32Problem(in: bytes) {
            return ParseResult(source: SourceText(bytes: bytes), documents: [], problem: problem)
        }
        var text = bytes
        if let bigEndian = UTF16.byteOrder(of: bytes) {
            switch UTF16.transcode(bytes, bigEndian: bigEndian) {
            case .text(let utf8):
                text = utf8
            case .invalid(let prefix, let reason):
                let source = SourceText(bytes: prefix)
                let at = source.mark(atByteOffset: prefix.count)
                let problem = ParseProblem(
                    kind: .encoding, message: "file is not valid UTF-16: \(reason)",
                    range: SourceRange(at: at), documentIndex: 0)
                return ParseResult(source: source, documents: [], problem: problem)
            }
        }
        let source = SourceText(bytes: text)
        var builder = TreeBuilder(source: source, options: options)
        defer { builder.deallocate() }
        let input = builder.libyamlInput()
        input.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
        return ParseResult(source: source, documents: builder.documents, problem: builder.problem)
    }

    private static func utf32Problem(in bytes: [UInt8]) -> ParseProblem? {
        guard bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) else { return nil }
        return ParseProblem(
            kind: .encoding,
            message: "file is UTF-32 (it starts with a UTF-32 byte order mark); kubectl and oc read manifests as UTF-8 or UTF-16 only; save it as UTF-8",
            range: SourceRange(start: Mark(line: 1, column: 1, offset: 0), end: Mark(line: 1, column: 1, offset: 4)),
            documentIndex: 0)
    }
}

/// The event loop: pulls libyaml events and assembles the node arrays.
///
/// A document is built in scratch buffers the builder owns and reuses for every document of
/// the file; when the document is complete, its arrays are copied out at their exact sizes
/// and the notes about its keys are taken.
private struct TreeBuilder {
    private struct Frame: BitwiseCopyable {
        var id: NodeID
        var isMapping: Bool
        var isBlock: Bool
        /// Where the collection's children start in `children`, the one stack all open
        /// collections share (so opening a collection allocates nothing).
        var firstChild: Int
    }

    let source: SourceText
    let options: ParseOptions
    var documents: [Document] = []
    var problem: ParseProblem?
    /// Where the open document starts; nil between documents, and after a problem.
    private var documentStart: Mark?
    private var nodes: RawBuffer<Node>
    private var text: RawBuffer<UInt8>
    private var links: RawBuffer<NodeID>
    private var strings: [String] = []
    /// The mappings in the order they closed and the aliases with no anchor before them, in
    /// the order met: the document's notes, taken when it is complete.
    private var noteSources: RawBuffer<NodeID>
    private var stack: RawBuffer<Frame>
    private var children: RawBuffer<NodeID>
    private var anchors: [String: NodeID] = [:]
    private var root: NodeID?
    private var aliasCount = 0
    /// Where the first document's first scalar starts when a byte order mark follows the
    /// stream's opening `---` line: libyaml skips that mark, kubectl keeps it as part of the
    /// scalar (its first key becomes "\u{FEFF}apiVersion"), so the builder puts it back.
    private var keptByteOrderMark: Int?
    /// The byte ranges of the lines whose leading byte order mark libyaml did not see: their
    /// columns are one more than libyaml counts.
    private var shiftedLines: [ClosedRange<Int>] = []
    /// Where each of those marks was left out, as offsets in libyaml's input: bytes after it
    /// sit 2 further in the file.
    private var movedMarks: [Int] = []

    init(source: SourceText, options: ParseOptions) {
        self.source = source
        self.options = options
        // Room for a typical document (an export of a few kilobytes); the buffers grow for
        // larger ones and are reused for every document of the file. (Reserving for the whole
        // file costs more: fresh pages for each file.)
        nodes = RawBuffer(capacity: 512)
        links = RawBuffer(capacity: 512)
        text = RawBuffer(capacity: 8192)
        noteSources = RawBuffer(capacity: 64)
        stack = RawBuffer(capacity: 16)
        children = RawBuffer(capacity: 64)
    }

    /// The bytes libyaml reads. libyaml skips one byte order mark at the start of the stream:
    /// the marks before it are left out (kubectl skips a doubled mark). A byte order mark that
    /// starts the line after a `---` separator, which kubectl skips (or, after the stream's
    /// opening `---`, keeps in the first key), makes libyaml count the next key one column to
    /// the right and misread the document: it is given to libyaml as a space before that line
    /// break instead, which keeps every character's index, and the positions are corrected.
    mutating func libyamlInput() -> ArraySlice<UInt8> {
        let bytes = source.bytes
        let first = max(0, source.byteOrderMarkLength - 3)
        // Only a mark can change the input: most files hold no 0xEF byte past their start,
        // which memchr tells without walking the lines.
        let hasMarkByte = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > source.byteOrderMarkLength else { return false }
            return memchr(base + source.byteOrderMarkLength, 0xEF, buffer.count - source.byteOrderMarkLength) != nil
        }
        guard hasMarkByte else { return bytes[first...] }
        var marks: [Int] = []
        var lineStart = source.byteOrderMarkLength
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            var next = lineEnd + source.breakWidth(at: lineEnd)
            if next == lineEnd { break }
            if lineEnd - lineStart >= 3 && bytes[lineStart] == 0x2D && bytes[lineStart + 1] == 0x2D && bytes[lineStart + 2] == 0x2D
                && (lineEnd - lineStart == 3 || bytes[lineStart + 3] == 0x20 || bytes[lineStart + 3] == 0x09)
                && bytes.count - next >= 3 && bytes[next] == 0xEF && bytes[next + 1] == 0xBB && bytes[next + 2] == 0xBF
            {
                marks.append(next)
                if lineStart == source.byteOrderMarkLength { keptByteOrderMark = next + 3 }
                next += 3
            }
            lineStart = next
        }
        guard !marks.isEmpty else { return bytes[first...] }
        var input: [UInt8] = []
        input.reserveCapacity(bytes.count - first)
        var copied = first
        for (number, mark) in marks.enumerated() {
            var breakStart = mark - 1
            if breakStart > copied && bytes[breakStart] == 0x0A && bytes[breakStart - 1] == 0x0D { breakStart -= 1 }
            input.append(contentsOf: bytes[copied..<breakStart])
            input.append(0x20)
            input.append(contentsOf: bytes[breakStart..<mark])
            copied = mark + 3
            var lineEnd = copied
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
            shiftedLines.append(copied...lineEnd)
            movedMarks.append(copied - 2 * (number + 1))
        }
        input.append(contentsOf: bytes[copied...])
        return input[...]
    }

    /// Frees the scratch buffers; the builder must not run again.
    func deallocate() {
        nodes.deallocate()
        links.deallocate()
        text.deallocate()
        noteSources.deallocate()
        stack.deallocate()
        children.deallocate()
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            problem = ParseProblem(
                kind: .syntax, message: "libyaml could not start (out of memory)",
                range: SourceRange(at: Mark(line: 1, column: 1, offset: 0)), documentIndex: 0)
            return
        }
        defer { yaml_parser_delete(&parser) }
        if let base = buffer.baseAddress {
            yaml_parser_set_input_string(&parser, base, buffer.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) != 0 else {
                recordError(parser)
                return
            }
            // The event is read in place: a copy of it, just written by libyaml, stalls on
            // store forwarding.
            let keepGoing = withUnsafePointer(to: &event) { handle($0) }
            let isEnd = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if !keepGoing || isEnd { return }
        }
    }

    @inline(__always)
    private func mark(_ mark: yaml_mark_t) -> Mark {
        let result = source.mark(line: mark.line, column: mark.column, index: mark.index)
        guard !shiftedLines.isEmpty else { return result }
        // The lines are in order and do not overlap: the last one starting at or before the offset.
        var low = 0
        var high = shiftedLines.count
        while low < high {
            let middle = (low + high) / 2
            if shiftedLines[middle].lowerBound <= result.offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, shiftedLines[low - 1].contains(result.offset) else { return result }
        return Mark(line: result.line, column: result.column + 1, offset: result.offset)
    }

    private var documentIndex: Int { documents.count }

    /// Handles one event; returns false when reading must stop.
    private mutating func handle(_ event: UnsafePointer<yaml_event_t>) -> Bool {
        // Worked out where used: a collection's start event needs only its start, its end
        // event only its end.
        var start: Mark { mark(event.pointee.start_mark) }
        var end: Mark { mark(event.pointee.end_mark) }
        switch event.pointee.type {
        case YAML_DOCUMENT_START_EVENT:
            documentStart = start
            nodes.truncate(to: 0)
            text.truncate(to: 0)
            links.truncate(to: 0)
            noteSources.truncate(to: 0)
            stack.truncate(to: 0)
            children.truncate(to: 0)
            strings.removeAll(keepingCapacity: true)
            anchors.removeAll(keepingCapacity: true)
            root = nil
        case YAML_DOCUMENT_END_EVENT:
            if let documentStart { documents.append(completeDocument(range: SourceRange(start: documentStart, end: end))) }
            documentStart = nil
        case YAML_SCALAR_EVENT:
            guard documentStart != nil else { return true }
            let scalar = event.pointee.data.scalar
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
            let anchor = string(scalar.anchor)
            let first = Int32(text.count)
            var scalarStart = start
            if let kept = keptByteOrderMark {
                keptByteOrderMark = nil
                if scalarStart.offset == kept {
                    text.append(0xEF)
                    text.append(0xBB)
                    text.append(0xBF)
                    scalarStart = Mark(line: scalarStart.line, column: max(1, scalarStart.column - 1), offset: kept - 3)
                }
            }
            text.append(contentsOf: bytes)
            let id = append(
                Node(
                    range: SourceRange(start: scalarStart, end: end), kind: .scalar, style: style(scalar.style),
                    tagIndex: intern(string(scalar.tag)), anchorIndex: intern(anchor), first: first, count: Int32(text.count) - first))
            if let anchor { anchors[anchor] = id }
            attach(id)
        case YAML_ALIAS_EVENT:
            aliasCount += 1
            if aliasCount > options.maxAliases {
                problem = ParseProblem(
                    kind: .aliasLimit,
                    message: "the file has more than \(options.maxAliases) aliases; istaglint stopped reading it here (raise the limit with --max-aliases)",
                    range: SourceRange(start: start, end: end), documentIndex: documentIndex)
                documentStart = nil
                return false
            }
            guard documentStart != nil else { return true }
            let name = string(event.pointee.data.alias.anchor) ?? ""
            let target = anchors[name]
            let id = append(Node(range: SourceRange(start: start, end: end), kind: .alias, first: target.map { Int32($0.index) } ?? -1, count: intern(name)))
            attach(id)
            if target == nil { noteSources.append(id) }
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            return open(.sequence, at: start, tag: string(data.tag), anchor: string(data.anchor), isBlock: data.style == YAML_BLOCK_SEQUENCE_STYLE)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            return open(.mapping, at: start, tag: string(data.tag), anchor: string(data.anchor), isBlock: data.style == YAML_BLOCK_MAPPING_STYLE)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(end: end)
        default:
            break
        }
        return true
    }

    /// The open document, copied out of the scratch buffers, with its notes: the closed
    /// mappings' keys and the undefined aliases, in the order the builder met them.
    private func completeDocument(range: SourceRange) -> Document {
        var document = Document(
            index: documentIndex, range: range, root: root,
            nodes: nodes.array, text: text.array, links: links.array, strings: strings)
        for index in 0..<noteSources.count {
            let id = noteSources[index]
            if document[id].kind == .alias {
                document.notes.append(.undefinedAlias(id))
            } else {
                document.noteKeys(of: id)
            }
        }
        return document
    }

    @inline(__always)
    private mutating func append(_ node: Node) -> NodeID {
        nodes.append(node)
        return NodeID(nodes.count - 1)
    }

    @inline(__always)
    private mutating func intern(_ string: String?) -> Int32 {
        guard let string else { return -1 }
        strings.append(string)
        return Int32(strings.count - 1)
    }

    private mutating func attach(_ id: NodeID) {
        if stack.count == 0 {
            if root == nil { root = id }
        } else {
            children.append(id)
        }
    }

    private mutating func open(_ kind: Node.Kind, at start: Mark, tag: String?, anchor: String?, isBlock: Bool) -> Bool {
        guard documentStart != nil else { return true }
        if stack.count >= options.maxDepth {
            problem = ParseProblem(
                kind: .depthLimit,
                message: "collections nest deeper than \(options.maxDepth) levels; istaglint stopped reading this file here (raise the limit with --max-depth)",
                range: SourceRange(start: start, end: source.markAfterCharacter(at: start)),
                documentIndex: documentIndex)
            documentStart = nil
            return false
        }
        let id = append(Node(range: SourceRange(at: start), kind: kind, tagIndex: intern(tag), anchorIndex: intern(anchor)))
        if let anchor { anchors[anchor] = id }
        attach(id)
        stack.append(Frame(id: id, isMapping: kind == .mapping, isBlock: isBlock, firstChild: children.count))
        return true
    }

    /// Gives the innermost open collection its children, which wait on the shared stack
    /// until now, and its end.
    private mutating func close(end: Mark) {
        guard documentStart != nil, let frame = stack.popLast() else { return }
        var last = children.count
        // A mapping's children come in key-value pairs; an odd one out cannot happen, but is dropped.
        if frame.isMapping && (last - frame.firstChild) % 2 == 1 { last -= 1 }
        var node = nodes[frame.id.index]
        // A block collection's END mark sits at the next token; its end is its last child's end.
        var finalEnd = end
        if frame.isBlock {
            finalEnd = last > frame.firstChild ? nodes[children[last - 1].index].range.end : node.range.start
        }
        node.first = Int32(links.count)
        node.count = Int32(last - frame.firstChild)
        node.range.end = max(finalEnd, node.range.start)
        nodes[frame.id.index] = node
        links.append(contentsOf: UnsafeBufferPointer(start: children.base + frame.firstChild, count: last - frame.firstChild))
        if frame.isMapping { noteSources.append(frame.id) }
        children.truncate(to: frame.firstChild)
    }

    private mutating func recordError(_ parser: yaml_parser_t) {
        let problemText = string(parser.problem) ?? "unknown error"
        var message = "yaml syntax error: \(problemText)"
        let range: SourceRange
        if parser.error == YAML_READER_ERROR {
            let inputOffset = source.byteOrderMarkLength + Int(parser.problem_offset)
            let at = source.mark(atByteOffset: inputOffset + 2 * movedMarks.count(where: { $0 <= inputOffset }))
            var shown = ""
            if parser.problem_value >= 0 && parser.problem_value <= 0xFF {
                let hex = String(UInt8(truncatingIfNeeded: parser.problem_value), radix: 16, uppercase: true)
                shown = " (byte 0x\(hex.count == 1 ? "0" + hex : hex))"
            }
            message += shown
            let endOffset = min(at.offset + 1, source.bytes.count)
            range = SourceRange(start: at, end: Mark(line: at.line, column: at.column + (endOffset > at.offset ? 1 : 0), offset: endOffset))
        } else {
            let at = mark(parser.problem_mark)
            if let context = string(parser.context) {
                let contextMark = mark(parser.context_mark)
                message += " \(context) at line \(contextMark.line), column \(contextMark.column)"
            }
            range = SourceRange(start: at, end: source.markAfterCharacter(at: at))
        }
        problem = ParseProblem(kind: .syntax, message: message, range: range, documentIndex: documentIndex)
    }

    private func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
