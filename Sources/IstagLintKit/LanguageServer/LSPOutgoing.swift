/// The shapes of what istaglint sends (LSP 3.17). Optional fields left nil are not written.
public enum LSPOutgoing {
    /// The answer to `initialize`.
    public struct InitializeResult: Sendable, Encodable {
        public var capabilities: ServerCapabilities
        public var serverInfo: ServerInfo
    }

    /// The server's name and version.
    public struct ServerInfo: Sendable, Encodable {
        public var name: String
        public var version: String
    }

    /// What the server does.
    public struct ServerCapabilities: Sendable, Encodable {
        public var positionEncoding: String
        public var textDocumentSync: TextDocumentSync
        public var hoverProvider = true
        public var completionProvider: CompletionOptions
        public var codeActionProvider: CodeActionOptions
    }

    /// Open, close and incremental changes (`change: 2`); saves without their text.
    public struct TextDocumentSync: Sendable, Encodable {
        public var openClose = true
        public var change = 2
        public var save = SaveOptions()
    }

    /// Saves are told, without the text.
    public struct SaveOptions: Sendable, Encodable {
        public var includeText = false
    }

    /// The characters after which the client asks for completions.
    public struct CompletionOptions: Sendable, Encodable {
        public var triggerCharacters: [String]
    }

    /// The kinds of code action offered.
    public struct CodeActionOptions: Sendable, Encodable {
        public var codeActionKinds: [String]
    }

    /// `textDocument/publishDiagnostics`.
    public struct PublishDiagnosticsParams: Sendable, Encodable, Hashable {
        public var uri: String
        public var version: Int?
        public var diagnostics: [Diagnostic]
    }

    /// One finding.
    public struct Diagnostic: Sendable, Codable, Hashable {
        public var range: LSPRange
        /// 1 error, 2 warning, 3 information.
        public var severity: Int
        public var code: String
        public var codeDescription: CodeDescription?
        public var source: String
        public var message: String
        public var relatedInformation: [RelatedInformation]?
    }

    /// The rule's page.
    public struct CodeDescription: Sendable, Codable, Hashable {
        public var href: String
    }

    /// Another place a finding is about.
    public struct RelatedInformation: Sendable, Codable, Hashable {
        public var location: Location
        public var message: String
    }

    /// A range in a document.
    public struct Location: Sendable, Codable, Hashable {
        public var uri: String
        public var range: LSPRange
    }

    /// Replace a range's text.
    public struct TextEdit: Sendable, Codable, Hashable {
        public var range: LSPRange
        public var newText: String
    }

    /// Edits by document.
    public struct WorkspaceEdit: Sendable, Codable, Hashable {
        public var changes: [String: [TextEdit]]
    }

    /// A quick fix, a fix-all, or a suppression.
    public struct CodeAction: Sendable, Codable, Hashable {
        public var title: String
        public var kind: String
        public var diagnostics: [Diagnostic]?
        public var isPreferred: Bool?
        public var edit: WorkspaceEdit
    }

    /// What hover shows.
    public struct Hover: Sendable, Encodable, Hashable {
        public var contents: MarkupContent
        public var range: LSPRange?
    }

    /// A completion's documentation: Markup content, or a bare string for a client that names no
    /// format it takes (LSP allows both).
    public enum Documentation: Sendable, Encodable, Hashable {
        case markup(MarkupContent)
        case text(String)

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .markup(let content): try content.encode(to: encoder)
            case .text(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            }
        }
    }

    /// How a client takes documentation: Markdown, plain text in Markup content, or a bare string.
    public enum TextFormat: Sendable, Hashable {
        case markdown
        case plainText
        case bareString

        /// The format for the formats a client lists (nil: it lists none).
        init(offered: [String]?) {
            if offered?.contains("markdown") == true {
                self = .markdown
            } else if offered?.contains("plaintext") == true {
                self = .plainText
            } else {
                self = .bareString
            }
        }

        /// Markdown in this format.
        func markup(_ markdown: String) -> MarkupContent {
            MarkupContent(markdown: markdown, rendered: self == .markdown)
        }

        /// Markdown as a completion's documentation in this format.
        func documentation(_ markdown: String) -> Documentation {
            self == .bareString ? .text(MarkupContent(markdown: markdown, rendered: false).value) : .markup(markup(markdown))
        }
    }

    /// Markdown text, or plain text for a client that does not render Markdown.
    public struct MarkupContent: Sendable, Encodable, Hashable {
        public var kind = "markdown"
        public var value: String

        /// Markdown as the client takes it: as it is, or as plain text (no emphasis or code
        /// marks, links written out).
        init(markdown: String, rendered: Bool) {
            guard !rendered else {
                value = markdown
                return
            }
            kind = "plaintext"
            var text = markdown.replacing("**", with: "").replacing("`", with: "")
            while let open = text.firstRange(of: "]("), let start = text[..<open.lowerBound].lastIndex(of: "["),
                let close = text[open.upperBound...].firstIndex(of: ")")
            {
                let label = text[text.index(after: start)..<open.lowerBound]
                let target = text[open.upperBound..<close]
                text.replaceSubrange(start...close, with: "\(label): \(target)")
            }
            value = text
        }
    }

    /// The completions at a position.
    public struct CompletionList: Sendable, Encodable, Hashable {
        public var isIncomplete = false
        public var items: [CompletionItem]
    }

    /// One completion.
    public struct CompletionItem: Sendable, Encodable, Hashable {
        public var label: String
        /// 5 field, 12 value, 14 keyword (a directive's action), 21 constant (a rule).
        public var kind: Int
        public var detail: String?
        public var documentation: Documentation?
        public var textEdit: TextEdit
    }

    /// `window/showMessage`.
    public struct ShowMessageParams: Sendable, Encodable, Hashable {
        /// 1 error, 2 warning, 3 info.
        public var type: Int
        public var message: String
    }

    /// `client/registerCapability`.
    public struct RegistrationParams: Sendable, Encodable {
        public var registrations: [Registration]
    }

    /// One registration.
    public struct Registration: Sendable, Encodable {
        public var id: String
        public var method: String
        public var registerOptions: WatchedFilesOptions
    }

    /// The files to watch.
    public struct WatchedFilesOptions: Sendable, Encodable {
        public var watchers: [FileSystemWatcher]
    }

    /// A glob to watch.
    public struct FileSystemWatcher: Sendable, Encodable {
        public var globPattern: String
    }
}
