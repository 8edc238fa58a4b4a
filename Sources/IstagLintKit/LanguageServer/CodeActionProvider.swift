import YAMLTree

/// What `textDocument/codeAction` offers for the findings in a range: each finding's fix as a
/// quick fix (the safe ones preferred), a directive that silences the rule on the finding's
/// line, and, for the document, every safe fix at once (what `istaglint --fix` writes), as one edit
/// per changed run of lines.
enum CodeActionProvider {
    /// The kind of the fix-all action.
    static let fixAllKind = "source.fixAll.istaglint"

    /// The actions for the findings whose ranges meet `range`, of the kinds `only` asks for (all
    /// when nil). `fixedText` gives the text with every safe fix applied, nil when none applies.
    static func actions(
        in range: LSPRange, only: [String]?, findings: [Diagnostic], converter: DiagnosticConverter, fixedText: () -> [UInt8]?
    ) -> [LSPOutgoing.CodeAction] {
        func wanted(_ kind: String) -> Bool {
            guard let only else { return true }
            return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
        }
        let text = converter.text
        var actions: [LSPOutgoing.CodeAction] = []
        var silenced: Set<String> = []
        for finding in findings where wanted("quickfix") && converter.range(finding.range, in: text).overlaps(range) {
            let diagnostic = converter.convert(finding)
            if let fix = finding.fix {
                let edit = LSPOutgoing.TextEdit(range: converter.range(fix.range, in: text), newText: fix.replacement)
                actions.append(
                    LSPOutgoing.CodeAction(
                        title: title(of: fix, for: finding, in: text), kind: "quickfix", diagnostics: [diagnostic],
                        isPreferred: fix.applicability == .safe, edit: workspaceEdit(converter.uri, [edit])))
            }
            let line = text.lineIndex(ofOffset: finding.range.start.offset)
            if silenced.insert("\(finding.ruleId) \(line)").inserted {
                let indentation = String(decoding: text.line(line).prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }, as: UTF8.self)
                let start = LSPPosition(line: line, character: 0)
                let directive = "\(indentation)# istaglint: \(SuppressionDirective.Scope.nextLine.rawValue) \(finding.ruleId)\(text.lineTerminator)"
                actions.append(
                    LSPOutgoing.CodeAction(
                        title: "disable \(finding.ruleId) for this line", kind: "quickfix", diagnostics: [diagnostic], isPreferred: false,
                        edit: workspaceEdit(converter.uri, [LSPOutgoing.TextEdit(range: LSPRange(start: start, end: start), newText: directive)])))
            }
        }
        if wanted(fixAllKind), findings.contains(where: { $0.fix?.applicability == .safe }), let fixed = fixedText() {
            actions.append(
                LSPOutgoing.CodeAction(
                    title: "fix all safe istaglint findings", kind: fixAllKind, diagnostics: nil, isPreferred: nil,
                    edit: workspaceEdit(converter.uri, edits(from: text, to: fixed, encoding: converter.encoding))))
        }
        return actions
    }

    /// `IST102: replace "yes" with "true"`, `(unsafe)` after a fix that is not safe.
    static func title(of fix: Fix, for finding: Diagnostic, in text: DocumentText) -> String {
        func shown(_ value: String) -> String {
            let short = value.count > 60 ? value.prefix(57) + "..." : Substring(value)
            return "\"\(short)\""
        }
        let start = max(0, min(fix.range.start.offset, text.bytes.count))
        let end = max(start, min(fix.range.end.offset, text.bytes.count))
        let original = String(decoding: text.bytes[start..<end], as: UTF8.self)
        let action: String
        if fix.replacement.isEmpty {
            action = "delete \(shown(original))"
        } else if original.isEmpty {
            action = "insert \(shown(fix.replacement))"
        } else {
            action = "replace \(shown(original)) with \(shown(fix.replacement))"
        }
        return "\(finding.ruleId): \(action)" + (fix.applicability == .safe ? "" : " (unsafe)")
    }

    /// The edits that turn `text` into `fixed`: one per changed run of lines (the diff's
    /// hunks, from `UnifiedDiff`'s edit script), each cut to the characters that differ, so
    /// that the client moves no cursor and touches no line the fixes leave alone.
    static func edits(from text: DocumentText, to fixed: [UInt8], encoding: PositionEncoding) -> [LSPOutgoing.TextEdit] {
        let old = UnifiedDiff.lines(text.bytes)
        let new = UnifiedDiff.lines(fixed)
        let script = UnifiedDiff.editScript(old, new)
        func start(of lines: [ArraySlice<UInt8>], _ index: Int, total: Int) -> Int { index < lines.count ? lines[index].startIndex : total }
        var edits: [LSPOutgoing.TextEdit] = []
        var index = 0
        while index < script.count {
            guard script[index].kind != .keep else {
                index += 1
                continue
            }
            let first = script[index]
            var end = index
            while end < script.count && script[end].kind != .keep { end += 1 }
            let oldEnd = end < script.count ? script[end].old : old.count
            let newEnd = end < script.count ? script[end].new : new.count
            let oldRange = start(of: old, first.old, total: text.bytes.count)..<start(of: old, oldEnd, total: text.bytes.count)
            let newRange = start(of: new, first.new, total: fixed.count)..<start(of: new, newEnd, total: fixed.count)
            edits.append(minimalEdit(in: text, replacing: oldRange, with: fixed[newRange], encoding: encoding))
            index = end
        }
        return edits
    }

    /// The edit that puts `replacement` in place of the bytes of `range`, less the start and
    /// end they share, cut at character boundaries and never between CR and LF.
    static func minimalEdit(
        in text: DocumentText, replacing range: Range<Int>, with replacement: ArraySlice<UInt8>, encoding: PositionEncoding
    ) -> LSPOutgoing.TextEdit {
        let old = text.bytes[range]
        var prefix = 0
        while prefix < old.count && prefix < replacement.count && old[old.startIndex + prefix] == replacement[replacement.startIndex + prefix] {
            prefix += 1
        }
        var suffix = 0
        while suffix < old.count - prefix && suffix < replacement.count - prefix
            && old[old.endIndex - 1 - suffix] == replacement[replacement.endIndex - 1 - suffix]
        {
            suffix += 1
        }
        func isInside(_ bytes: ArraySlice<UInt8>, _ index: Int) -> Bool {
            guard index > bytes.startIndex && index < bytes.endIndex else { return false }
            return bytes[index] & 0xC0 == 0x80 || (bytes[index - 1] == 13 && bytes[index] == 10)
        }
        while prefix > 0 && (isInside(old, old.startIndex + prefix) || isInside(replacement, replacement.startIndex + prefix)) { prefix -= 1 }
        while suffix > 0 && (isInside(old, old.endIndex - suffix) || isInside(replacement, replacement.endIndex - suffix)) { suffix -= 1 }
        let newText = String(decoding: replacement[(replacement.startIndex + prefix)..<(replacement.endIndex - suffix)], as: UTF8.self)
        return LSPOutgoing.TextEdit(range: text.range(from: range.lowerBound + prefix, to: range.upperBound - suffix, encoding: encoding), newText: newText)
    }

    private static func workspaceEdit(_ uri: String, _ edits: [LSPOutgoing.TextEdit]) -> LSPOutgoing.WorkspaceEdit {
        LSPOutgoing.WorkspaceEdit(changes: [uri: edits])
    }
}
