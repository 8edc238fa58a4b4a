/// The shapes of what a client sends (LSP 3.17), as far as istaglint reads them: fields it
/// does not use are not decoded, and every field a client may leave out is optional.
public enum LSPIncoming {
    /// `initialize`.
    public struct InitializeParams: Sendable, Decodable {
        public var rootUri: String?
        public var rootPath: String?
        public var workspaceFolders: [WorkspaceFolder]?
        public var capabilities: ClientCapabilities?
        public var initializationOptions: ServerOptions?
    }

    /// What istaglint takes in `initializationOptions` and in the `istaglint` section of
    /// `workspace/didChangeConfiguration`'s settings.
    public struct ServerOptions: Sendable, Decodable, Hashable {
        /// How long a change waits for the next before the document is linted.
        public var debounceMilliseconds: Int?
        /// Whether quick fixes include the unsafe ones (they are never preferred).
        public var unsafeFixes: Bool?
    }

    /// A workspace folder.
    public struct WorkspaceFolder: Sendable, Decodable {
        public var uri: String
    }

    /// The client capabilities istaglint looks at.
    public struct ClientCapabilities: Sendable, Decodable {
        public var general: General?
        public var workspace: Workspace?
        public var textDocument: TextDocument?

        public struct TextDocument: Sendable, Decodable {
            public var hover: Hover?
            public var completion: Completion?
        }

        public struct Hover: Sendable, Decodable {
            public var contentFormat: [String]?
        }

        public struct Completion: Sendable, Decodable {
            public var completionItem: CompletionItem?
        }

        public struct CompletionItem: Sendable, Decodable {
            public var documentationFormat: [String]?
        }

        public struct General: Sendable, Decodable {
            public var positionEncodings: [String]?
        }

        public struct Workspace: Sendable, Decodable {
            public var didChangeWatchedFiles: DynamicRegistration?
        }

        public struct DynamicRegistration: Sendable, Decodable {
            public var dynamicRegistration: Bool?
        }
    }

    /// `textDocument/didOpen`.
    public struct DidOpenParams: Sendable, Decodable {
        public var textDocument: TextDocumentItem
    }

    /// A document as it is opened.
    public struct TextDocumentItem: Sendable, Decodable {
        public var uri: String
        public var languageId: String?
        public var version: Int
        public var text: String
    }

    /// `textDocument/didChange`.
    public struct DidChangeParams: Sendable, Decodable {
        public var textDocument: VersionedDocument
        public var contentChanges: [ContentChange]
    }

    /// A document at a version.
    public struct VersionedDocument: Sendable, Decodable {
        public var uri: String
        public var version: Int?
    }

    /// One change: the new text of a range, or of the whole document when there is no range.
    public struct ContentChange: Sendable, Decodable {
        public var range: LSPRange?
        public var text: String
    }

    /// `textDocument/didClose` and `textDocument/didSave`.
    public struct DocumentParams: Sendable, Decodable {
        public var textDocument: DocumentIdentifier
    }

    /// A document by its URI.
    public struct DocumentIdentifier: Sendable, Decodable {
        public var uri: String
    }

    /// `textDocument/hover` and `textDocument/completion`.
    public struct PositionParams: Sendable, Decodable {
        public var textDocument: DocumentIdentifier
        public var position: LSPPosition
    }

    /// `textDocument/codeAction`.
    public struct CodeActionParams: Sendable, Decodable {
        public var textDocument: DocumentIdentifier
        public var range: LSPRange
        public var context: CodeActionContext?
    }

    /// The kinds of code action the client asks for.
    public struct CodeActionContext: Sendable, Decodable {
        public var only: [String]?
    }

    /// `workspace/didChangeConfiguration`.
    public struct DidChangeConfigurationParams: Sendable, Decodable {
        public var settings: Settings?

        public struct Settings: Sendable, Decodable {
            public var istaglint: ServerOptions?
        }
    }

    /// `workspace/didChangeWatchedFiles`.
    public struct DidChangeWatchedFilesParams: Sendable, Decodable {
        public var changes: [DocumentIdentifier]
    }

    /// `$/cancelRequest`.
    public struct CancelParams: Sendable, Decodable {
        public var id: RequestID
    }
}
