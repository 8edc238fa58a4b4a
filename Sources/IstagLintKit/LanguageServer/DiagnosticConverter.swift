import YAMLTree

/// istaglint's findings as LSP diagnostics: ranges from byte offsets into the client's position
/// encoding, the severity, the rule's code and page, and the related places.
struct DiagnosticConverter {
    /// The document's URI.
    var uri: String
    /// The document's text, as linted.
    var text: DocumentText
    /// The session's position encoding.
    var encoding: PositionEncoding
    /// The name the document is linted under (the file's spelling in reports).
    var name: String
    /// The URI and text of another document, by its name in reports: another open document, or
    /// a file (a related place in a file that is not open).
    var elsewhere: (String) -> (uri: String, text: DocumentText?)

    /// One finding.
    func convert(_ diagnostic: Diagnostic) -> LSPOutgoing.Diagnostic {
        let related = diagnostic.related?.map { place -> LSPOutgoing.RelatedInformation in
            let location: LSPOutgoing.Location
            if place.file == name {
                location = LSPOutgoing.Location(uri: uri, range: range(place.range, in: text))
            } else {
                let other = elsewhere(place.file)
                location = LSPOutgoing.Location(uri: other.uri, range: other.text.map { range(place.range, in: $0) } ?? approximateRange(place.range))
            }
            return LSPOutgoing.RelatedInformation(location: location, message: place.message)
        }
        return LSPOutgoing.Diagnostic(
            range: range(diagnostic.range, in: text), severity: Self.severity(diagnostic.severity), code: diagnostic.ruleId,
            codeDescription: RuleCatalog.rule(named: diagnostic.ruleId).map { LSPOutgoing.CodeDescription(href: $0.description.pageURL) },
            source: "istaglint", message: diagnostic.message, relatedInformation: related)
    }

    /// A source range as an LSP range of a text.
    func range(_ range: SourceRange, in text: DocumentText) -> LSPRange {
        text.range(from: range.start.offset, to: range.end.offset, encoding: encoding)
    }

    /// A range from lines and columns alone (a file that could not be read): columns count
    /// Unicode scalars, which is exact for text without characters beyond U+FFFF.
    private func approximateRange(_ range: SourceRange) -> LSPRange {
        LSPRange(
            start: LSPPosition(line: range.start.line - 1, character: range.start.column - 1),
            end: LSPPosition(line: range.end.line - 1, character: range.end.column - 1))
    }

    /// LSP's severity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }
}
