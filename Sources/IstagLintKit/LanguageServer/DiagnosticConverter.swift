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
    /// The URI and text of each document the server holds, by its name in reports (this one
    /// included): related places are in them, since the findings that compare documents compare
    /// only those.
    var documents: [String: (uri: String, text: DocumentText)]

    /// One finding.
    func convert(_ diagnostic: Diagnostic) -> LSPOutgoing.Diagnostic {
        let related = diagnostic.related?.compactMap { place in
            documents[place.file].map { document in
                LSPOutgoing.RelatedInformation(
                    location: LSPOutgoing.Location(uri: document.uri, range: range(place.range, in: document.text)), message: place.message)
            }
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

    /// LSP's severity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }
}
