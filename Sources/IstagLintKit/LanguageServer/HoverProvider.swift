/// What `textDocument/hover` shows: on a field's key (or its value), the field's documentation;
/// on a rule's code or name in a `# istaglint:` directive, the rule's summary.
enum HoverProvider {
    /// The hover at a position, or nil when there is nothing to show.
    static func hover(at position: LSPPosition, in text: DocumentText, encoding: PositionEncoding, format: LSPOutgoing.TextFormat = .markdown) -> LSPOutgoing
        .Hover?
    {
        guard let column = text.column(of: position, encoding: encoding) else { return nil }
        let lineBytes = text.line(position.line)
        func range(_ columns: Range<Int>) -> LSPRange { text.range(onLine: position.line, columns: columns, encoding: encoding) }
        if let directive = DirectiveText(line: lineBytes), column >= directive.bodyColumn {
            guard let word = directive.word(at: column), let rule = RuleCatalog.rule(named: word.text) else { return nil }
            return LSPOutgoing.Hover(contents: format.markup(ruleMarkdown(rule.description)), range: range(word.range))
        }
        let outline = YAMLOutline(text)
        let line = outline.lines[position.line]
        guard line.isStructural, let key = line.key, let keyColumn = line.keyColumn else { return nil }
        let ancestors = outline.ancestors(ofColumn: keyColumn, onLine: position.line)
        let cursor = SchemaCursor(ancestors: ancestors, outline: outline, line: position.line)
        guard let schema = cursor.mapping, let field = schema.field(named: key) else { return nil }
        let path = cursor.path.isEmpty ? key : cursor.path + "." + key
        let shown = column < keyColumn ? nil : range(keyColumn..<(keyColumn + key.utf8.count))
        return LSPOutgoing.Hover(contents: format.markup(FieldHelp.markdown(field, in: schema, path: path)), range: shown)
    }

    /// A rule's summary, severity and page, in Markdown.
    static func ruleMarkdown(_ rule: RuleDescription) -> String {
        var text = "**\(rule.code)** `\(rule.name)` (\(rule.severity.rawValue))\n\n\(rule.summary)"
        if let fix = rule.fix { text += "\n\nFix: \(fix.summary)" }
        text += "\n\n[\(rule.code) on the rule's page](\(rule.pageURL))"
        return text
    }
}
