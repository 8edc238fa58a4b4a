/// What `textDocument/completion` offers: the fields the mapping at the cursor can still take
/// (from the schema catalogue), the allowed values of an enumerated field after its key, and
/// inside a `# istaglint:` directive its actions, then rule codes and names.
enum CompletionProvider {
    /// LSP's completion item kinds used here.
    static let fieldKind = 5
    static let valueKind = 12
    static let keywordKind = 14
    static let ruleKind = 21

    /// The completions at a position.
    static func completions(
        at position: LSPPosition, in text: DocumentText, encoding: PositionEncoding, format: LSPOutgoing.TextFormat = .markdown
    ) -> LSPOutgoing.CompletionList {
        guard let column = text.column(of: position, encoding: encoding) else { return LSPOutgoing.CompletionList(items: []) }
        let lineBytes = text.line(position.line)
        func edit(_ columns: Range<Int>, _ newText: String) -> LSPOutgoing.TextEdit {
            LSPOutgoing.TextEdit(range: text.range(onLine: position.line, columns: columns, encoding: encoding), newText: newText)
        }
        if let directive = DirectiveText(line: lineBytes), column >= directive.bodyColumn {
            return LSPOutgoing.CompletionList(items: directiveItems(directive, column: column, format: format, edit: edit))
        }
        let outline = YAMLOutline(text)
        let line = outline.lines[position.line]
        if let key = line.key, let keyColumn = line.keyColumn, column > keyColumn + key.utf8.count {
            return LSPOutgoing.CompletionList(items: valueItems(outline, line: position.line, key: key, keyColumn: keyColumn, column: column, edit: edit))
        }
        // A key being written: the word from the content column to the cursor.
        let indentation = lineBytes.prefix { $0 == UInt8(ascii: " ") }.count
        let start = line.isStructural ? line.contentColumn : min(column, indentation)
        guard column >= start else { return LSPOutgoing.CompletionList(items: []) }
        let partial = Array(lineBytes.dropFirst(start).prefix(column - start))
        guard partial.allSatisfy({ $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "#") }) else {
            return LSPOutgoing.CompletionList(items: [])
        }
        let cursor = SchemaCursor(ancestors: outline.ancestors(ofColumn: start, onLine: position.line), outline: outline, line: position.line)
        guard let schema = cursor.mapping else { return LSPOutgoing.CompletionList(items: []) }
        let present = outline.siblingKeys(ofColumn: start, onLine: position.line)
        // A key already written is replaced whole, its colon kept; a word being typed gets its colon.
        let replaced = line.key.map { start..<(start + $0.utf8.count) } ?? start..<column
        let items = schema.fields.filter { !present.contains($0.name) }.map { field in
            let path = cursor.path.isEmpty ? field.name : cursor.path + "." + field.name
            let nested: Bool
            switch field.type {
            case .object, .list, .stringMap, .freeFormObject: nested = true
            default: nested = false
            }
            return LSPOutgoing.CompletionItem(
                label: field.name, kind: fieldKind, detail: FieldHelp.typeName(field),
                documentation: format.documentation(FieldHelp.markdown(field, in: schema, path: path)),
                textEdit: edit(replaced, line.key != nil ? field.name : field.name + (nested ? ":" : ": ")))
        }
        return LSPOutgoing.CompletionList(items: items)
    }

    /// The values of an enumerated field, after `key:`.
    private static func valueItems(
        _ outline: YAMLOutline, line: Int, key: String, keyColumn: Int, column: Int, edit: (Range<Int>, String) -> LSPOutgoing.TextEdit
    ) -> [LSPOutgoing.CompletionItem] {
        let cursor = SchemaCursor(ancestors: outline.ancestors(ofColumn: keyColumn, onLine: line), outline: outline, line: line)
        guard let schema = cursor.mapping else { return [] }
        let values: [String]
        if key == "kind" && cursor.isObjectRoot {
            values = SchemaCursor.rootKinds
        } else if let field = schema.field(named: key) {
            values = field.allowedValues.isEmpty && field.type == .bool ? ["true", "false"] : field.allowedValues
        } else {
            values = []
        }
        let lineBytes = outline.text.line(line)
        var start = keyColumn + key.utf8.count
        while start < column, start < lineBytes.count, [UInt8(ascii: ":"), UInt8(ascii: " ")].contains(lineBytes[lineBytes.startIndex + start]) {
            start += 1
        }
        let typed = String(decoding: lineBytes.dropFirst(start).prefix(max(0, column - start)), as: UTF8.self)
        guard !typed.contains(" #") else { return [] }
        return values.map { value in
            LSPOutgoing.CompletionItem(
                label: value, kind: valueKind, detail: "\(key) value", documentation: nil, textEdit: edit(start..<column, value))
        }
    }

    /// A directive's actions first, then the rules it can name.
    private static func directiveItems(
        _ directive: DirectiveText, column: Int, format: LSPOutgoing.TextFormat, edit: (Range<Int>, String) -> LSPOutgoing.TextEdit
    ) -> [LSPOutgoing.CompletionItem] {
        let (words, inReason) = directive.words(before: column)
        guard !inReason else { return [] }
        let bytes = directive.line
        let endsWord = column > directive.bodyColumn && column <= bytes.count && ![UInt8(ascii: " "), UInt8(ascii: ",")].contains(bytes[column - 1])
        let done = endsWord ? words.dropLast() : words[...]
        var start = column
        if endsWord, let word = directive.word(at: column) { start = word.range.lowerBound }
        if done.isEmpty {
            return DirectiveText.actions.map { action in
                LSPOutgoing.CompletionItem(
                    label: action, kind: keywordKind, detail: "istaglint directive", documentation: nil, textEdit: edit(start..<column, action)
                )
            }
        }
        return RuleCatalog.all.flatMap { rule -> [LSPOutgoing.CompletionItem] in
            let description = rule.description
            let documentation = format.documentation(HoverProvider.ruleMarkdown(description))
            return [
                LSPOutgoing.CompletionItem(
                    label: description.code, kind: ruleKind, detail: description.name, documentation: documentation,
                    textEdit: edit(start..<column, description.code)),
                LSPOutgoing.CompletionItem(
                    label: description.name, kind: ruleKind, detail: description.code, documentation: documentation,
                    textEdit: edit(start..<column, description.name)),
            ]
        }
    }
}
