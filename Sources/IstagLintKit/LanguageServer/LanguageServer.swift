import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `istaglint lsp`: a Language Server Protocol 3.17 server. It keeps the documents the client
/// has open, lints each after a change (debounced: a newer change makes an older lint stale, and
/// a stale lint is never published), and answers hover, completion and code actions.
///
/// Messages are handled in order on the reading thread (`handle`), which only updates the open
/// documents and hands the work on: lints and requests run on other threads, so a huge document
/// blocks nothing. The state lives behind one lock; what is sent goes out whole through
/// `output`, one message at a time. A reference type, since the threads share it.
public final class LanguageServer: Sendable {
    /// How the server starts.
    public struct Settings: Sendable {
        /// The directory paths are spelled from until `initialize` names the workspace.
        public var workingDirectory: String
        /// How long a change waits for the next before the document is linted.
        public var debounceMilliseconds = 15
        /// The longest wait taken.
        public static let maxDebounceMilliseconds = 10_000
        /// Whether unsafe fixes are offered as quick fixes (never as preferred ones).
        public var unsafeFixes = true

        /// Settings for a server started in `workingDirectory`.
        public init(workingDirectory: String) {
            self.workingDirectory = workingDirectory
        }
    }

    private struct State: Sendable {
        var settings: Settings
        var initialized = false
        var shuttingDown = false
        var encoding = PositionEncoding.utf16
        /// How the client takes hovers, and completions' documentation.
        var hoverFormat = LSPOutgoing.TextFormat.markdown
        var completionFormat = LSPOutgoing.TextFormat.markdown
        var session: LintSession
        var documents: [String: OpenDocument] = [:]
        var outcomes: [String: LintOutcome] = [:]
        var published: [String: [LSPOutgoing.Diagnostic]] = [:]
        var warned: Set<String> = []
        var watchesConfiguration = false
    }

    private let state: Mutex<State>
    private let output: @Sendable ([UInt8]) -> Void
    private let outputLock = Mutex(())
    private let terminate: @Sendable (Int32) -> Void
    private let workers = DispatchQueue(label: "istaglint.lsp", attributes: .concurrent)

    /// A server whose messages go to `output` (each a whole JSON body, to be framed), and that
    /// calls `terminate` with the exit code on `exit`.
    public init(settings: Settings, output: @escaping @Sendable ([UInt8]) -> Void, terminate: @escaping @Sendable (Int32) -> Void) {
        state = Mutex(State(settings: settings, session: Self.session(root: settings.workingDirectory)))
        self.output = output
        self.terminate = terminate
    }

    /// Reads framed messages from a file descriptor until it closes, handling each; returns the
    /// exit code (0 after `shutdown`, 1 otherwise, as LSP says for `exit`).
    public func run(reading descriptor: Int32) -> Int32 {
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            framer.append(buffer[0..<count])
            while let frame = framer.next() {
                switch frame {
                case .message(let body): handle(body)
                case .malformed(let reason): send(JSONRPCResponse<Int>(id: nil, error: .parseError(reason)))
                }
            }
        }
        return state.withLock { $0.shuttingDown } ? 0 : 1
    }

    // MARK: Dispatch

    /// Handles one message's body.
    public func handle(_ body: [UInt8]) {
        let data = Data(body)
        let envelope: JSONRPCEnvelope
        do {
            envelope = try JSONDecoder().decode(JSONRPCEnvelope.self, from: data)
        } catch {
            return send(JSONRPCResponse<Int>(id: nil, error: .parseError("the message cannot be read: \(DecodingProblem(error))")))
        }
        guard let method = envelope.method else {
            // A response to one of the server's requests (client/registerCapability): nothing to do.
            if envelope.id == nil { send(JSONRPCResponse<Int>(id: nil, error: .invalidRequest("a message with neither a method nor an id"))) }
            return
        }
        let id = envelope.id
        func parameters<Value: Decodable>(_ type: Value.Type) -> Value? {
            do {
                return try JSONDecoder().decode(JSONRPCParameters<Value>.self, from: data).params
            } catch {
                if let id { send(JSONRPCResponse<Int>(id: id, error: .invalidParams("the parameters of \(method) cannot be read: \(DecodingProblem(error))"))) }
                return nil
            }
        }
        let (initialized, shuttingDown) = state.withLock { ($0.initialized, $0.shuttingDown) }
        if method == "exit" { return terminate(shuttingDown ? 0 : 1) }
        guard initialized || method == "initialize" else {
            if let id { send(JSONRPCResponse<Int>(id: id, error: .serverNotInitialized)) }
            return
        }
        if shuttingDown, let id {
            return send(JSONRPCResponse<Int>(id: id, error: .invalidRequest("the server is shutting down")))
        }
        switch method {
        case "initialize":
            guard let id, let params = parameters(LSPIncoming.InitializeParams.self) else { return }
            send(JSONRPCResponse(id: id, result: initialize(params)))
        case "initialized":
            registerConfigurationWatcher()
        case "shutdown":
            state.withLock { $0.shuttingDown = true }
            if let id { send(JSONRPCResponse<Int>(id: id, result: nil)) }
        case "textDocument/didOpen":
            guard let params = parameters(LSPIncoming.DidOpenParams.self) else { return }
            open(params.textDocument)
        case "textDocument/didChange":
            guard let params = parameters(LSPIncoming.DidChangeParams.self) else { return }
            change(params)
        case "textDocument/didClose":
            guard let params = parameters(LSPIncoming.DocumentParams.self) else { return }
            close(params.textDocument.uri)
        case "textDocument/didSave":
            guard let params = parameters(LSPIncoming.DocumentParams.self) else { return }
            if Self.namesConfigurationFile(params.textDocument.uri) { reloadConfiguration() }
        case "workspace/didChangeConfiguration":
            guard let params = parameters(LSPIncoming.DidChangeConfigurationParams.self) else { return }
            if let options = params.settings?.istaglint { state.withLock { Self.apply(options, to: &$0.settings) } }
            reloadConfiguration()
        case "workspace/didChangeWatchedFiles":
            guard let params = parameters(LSPIncoming.DidChangeWatchedFilesParams.self) else { return }
            if params.changes.contains(where: { Self.namesConfigurationFile($0.uri) }) { reloadConfiguration() }
        case "textDocument/hover":
            guard let id, let params = parameters(LSPIncoming.PositionParams.self) else { return }
            let format = state.withLock { $0.hoverFormat }
            answer(id, about: params.textDocument.uri) { document, encoding in
                HoverProvider.hover(at: params.position, in: document.text, encoding: encoding, format: format)
            }
        case "textDocument/completion":
            guard let id, let params = parameters(LSPIncoming.PositionParams.self) else { return }
            let format = state.withLock { $0.completionFormat }
            answer(id, about: params.textDocument.uri) { document, encoding in
                CompletionProvider.completions(at: params.position, in: document.text, encoding: encoding, format: format)
            }
        case "textDocument/codeAction":
            guard let id, let params = parameters(LSPIncoming.CodeActionParams.self) else { return }
            answer(id, about: params.textDocument.uri) { [self] document, encoding in
                codeActions(params, document: document, encoding: encoding)
            }
        default:
            // `$/` notifications (cancelRequest, setTrace) and others may be ignored; a request
            // must be answered.
            if let id { send(JSONRPCResponse<Int>(id: id, error: .methodNotFound(method))) }
        }
    }

    // MARK: Lifecycle

    private func initialize(_ params: LSPIncoming.InitializeParams) -> LSPOutgoing.InitializeResult {
        let root =
            params.workspaceFolders?.first.flatMap { DocumentURI.path(of: $0.uri) } ?? params.rootUri.flatMap(DocumentURI.path(of:))
            ?? params.rootPath
        let encoding = PositionEncoding.negotiated(from: params.capabilities?.general?.positionEncodings)
        state.withLock { state in
            state.initialized = true
            state.encoding = encoding
            let textDocument = params.capabilities?.textDocument
            // Hover contents are Markup content whatever the client lists; plain text unless it renders Markdown.
            let hover = LSPOutgoing.TextFormat(offered: textDocument?.hover?.contentFormat)
            state.hoverFormat = hover == .markdown ? .markdown : .plainText
            state.completionFormat = LSPOutgoing.TextFormat(offered: textDocument?.completion?.completionItem?.documentationFormat)
            if let options = params.initializationOptions { Self.apply(options, to: &state.settings) }
            if let root { state.settings.workingDirectory = root }
            state.session = Self.session(root: state.settings.workingDirectory)
            state.watchesConfiguration = params.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration == true
        }
        let capabilities = LSPOutgoing.ServerCapabilities(
            positionEncoding: encoding.rawValue, textDocumentSync: LSPOutgoing.TextDocumentSync(),
            completionProvider: LSPOutgoing.CompletionOptions(triggerCharacters: [":", " ", "-"]),
            codeActionProvider: LSPOutgoing.CodeActionOptions(codeActionKinds: ["quickfix", CodeActionProvider.fixAllKind]))
        return LSPOutgoing.InitializeResult(capabilities: capabilities, serverInfo: LSPOutgoing.ServerInfo(name: ToolInfo.name, version: ToolInfo.version))
    }

    /// Whether a URI names a configuration file (`.istaglint.yaml`).
    private static func namesConfigurationFile(_ uri: String) -> Bool {
        DocumentURI.path(of: uri)?.hasSuffix("/" + ConfigurationLoader.fileName) == true
    }

    private static func apply(_ options: LSPIncoming.ServerOptions, to settings: inout Settings) {
        if let debounce = options.debounceMilliseconds { settings.debounceMilliseconds = max(0, min(debounce, Settings.maxDebounceMilliseconds)) }
        if let unsafe = options.unsafeFixes { settings.unsafeFixes = unsafe }
    }

    private static func session(root: String) -> LintSession {
        LintSession(configurations: ConfigurationSet(nearest: PathSpelling(workingDirectory: root)), linter: Linter(), jobs: 1)
    }

    /// Asks the client to tell changes to configuration files, when it can be asked.
    private func registerConfigurationWatcher() {
        guard state.withLock({ $0.watchesConfiguration }) else { return }
        let registration = LSPOutgoing.Registration(
            id: "istaglint-configuration", method: "workspace/didChangeWatchedFiles",
            registerOptions: LSPOutgoing.WatchedFilesOptions(watchers: [LSPOutgoing.FileSystemWatcher(globPattern: "**/" + ConfigurationLoader.fileName)]))
        send(
            JSONRPCOutgoing(
                id: .string("istaglint-1"), method: "client/registerCapability", params: LSPOutgoing.RegistrationParams(registrations: [registration])))
    }

    // MARK: Documents

    private func open(_ item: LSPIncoming.TextDocumentItem) {
        let revision = state.withLock { state in
            let revision = (state.documents[item.uri]?.revision ?? 0) + 1
            state.documents[item.uri] = OpenDocument(
                uri: item.uri, path: DocumentURI.path(of: item.uri) ?? item.uri, version: item.version, text: DocumentText(item.text), revision: revision)
            return revision
        }
        schedule(item.uri, revision: revision)
    }

    private func change(_ params: LSPIncoming.DidChangeParams) {
        let uri = params.textDocument.uri
        let revision: Int? = state.withLock { state in
            guard var document = state.documents[uri] else { return nil }
            for change in params.contentChanges { document.text.replace(change.range, with: change.text, encoding: state.encoding) }
            document.version = params.textDocument.version ?? document.version
            document.revision += 1
            state.documents[uri] = document
            return document.revision
        }
        if let revision { schedule(uri, revision: revision) }
    }

    private func close(_ uri: String) {
        let others: [LSPOutgoing.PublishDiagnosticsParams] = state.withLock { state in
            state.documents[uri] = nil
            state.outcomes[uri] = nil
            state.published[uri] = nil
            return Self.publications(in: &state, always: nil)
        }
        publish([LSPOutgoing.PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])] + others)
    }

    /// Reads the configurations again and lints every open document.
    private func reloadConfiguration() {
        let documents: [(String, Int)] = state.withLock { state in
            state.session = Self.session(root: state.settings.workingDirectory)
            state.warned = []
            for uri in state.documents.keys { state.documents[uri]?.revision += 1 }
            return state.documents.values.map { ($0.uri, $0.revision) }
        }
        for (uri, revision) in documents { schedule(uri, revision: revision) }
    }

    // MARK: Linting

    /// Lints a document after the debounce delay, unless a newer change has come by then.
    private func schedule(_ uri: String, revision: Int) {
        let delay = state.withLock { $0.settings.debounceMilliseconds }
        workers.asyncAfter(deadline: .now() + .milliseconds(delay)) { [self] in
            lint(uri, revision: revision)
        }
    }

    private func lint(_ uri: String, revision: Int) {
        struct Job {
            var document: OpenDocument
            var found: (selection: RuleSelection, name: String)?
            var linter: Linter
            var warnings: [String]
        }
        let job: Job? = state.withLock { state in
            guard let document = state.documents[uri], document.revision == revision else { return nil }
            let found = state.session.selection(forBufferAt: document.path, bytes: document.text.bytes)
            var warnings: [String] = []
            for event in state.session.configurations.takeEvents() {
                let warning: String
                switch event {
                case .invalid(let error): warning = "istaglint: \(error.description); files it governs are not linted"
                case .unreadable(let failure): warning = "istaglint: \(failure.path): \(failure.reason); files it governs are not linted"
                case .found, .notFound: continue
                }
                if state.warned.insert(warning).inserted { warnings.append(warning) }
            }
            return Job(document: document, found: found, linter: state.session.linter, warnings: warnings)
        }
        guard let job else { return }
        for warning in job.warnings {
            send(JSONRPCOutgoing(id: nil, method: "window/showMessage", params: LSPOutgoing.ShowMessageParams(type: 2, message: warning)))
        }
        let outcome = LintOutcome(linting: job.document, as: job.found, linter: job.linter)
        let publications: [LSPOutgoing.PublishDiagnosticsParams] = state.withLock { state in
            // A newer change came while this one was linted: its own lint publishes.
            guard state.documents[uri]?.revision == revision else { return [] }
            state.outcomes[uri] = outcome
            return Self.publications(in: &state, always: uri)
        }
        publish(publications)
    }

    /// The diagnostics to publish: for `always`, and for every other document whose diagnostics
    /// changed (the findings that compare documents, IST212 and IST215, run over all open ones).
    private static func publications(in state: inout State, always: String?) -> [LSPOutgoing.PublishDiagnosticsParams] {
        // Every open document's latest lint takes part, a stale one too (its text is the best
        // known until its own lint ends); only current ones are published, since a stale
        // one's ranges are of an older text.
        let latest = state.outcomes.filter { state.documents[$0.key] != nil }
        var gatherer = RunGatherer(keeping: .everyFile)
        var documents: [String: (uri: String, text: DocumentText)] = [:]
        for (uri, outcome) in latest.sorted(by: { $0.key < $1.key }) {
            guard let report = outcome.report else { continue }
            gatherer.add(report)
            documents[report.file] = (uri, outcome.text)
        }
        var extra: [String: [Diagnostic]] = [:]
        for report in gatherer.crossFileReports() { extra[report.file, default: []] += report.diagnostics }
        var publications: [LSPOutgoing.PublishDiagnosticsParams] = []
        for (uri, outcome) in latest.sorted(by: { $0.key < $1.key }) where state.documents[uri]?.revision == outcome.revision {
            var findings: [Diagnostic] = []
            if let report = outcome.report {
                findings = (Array(report.diagnostics) + (extra[report.file] ?? [])).sorted { $0.range.start.offset < $1.range.start.offset }
            }
            let converter = DiagnosticConverter(uri: uri, text: outcome.text, encoding: state.encoding, documents: documents)
            let diagnostics = findings.map(converter.convert)
            guard uri == always || state.published[uri] != diagnostics else { continue }
            state.published[uri] = diagnostics
            publications.append(LSPOutgoing.PublishDiagnosticsParams(uri: uri, version: state.documents[uri]?.version, diagnostics: diagnostics))
        }
        return publications
    }

    // MARK: Requests

    /// Answers a request about a document on a worker thread, from a copy of the document.
    private func answer<Result: Encodable & Sendable>(
        _ id: RequestID, about uri: String, _ work: @escaping @Sendable (OpenDocument, PositionEncoding) -> Result?
    ) {
        guard let (document, encoding) = state.withLock({ state in state.documents[uri].map { ($0, state.encoding) } }) else {
            return send(JSONRPCResponse<Int>(id: id, error: .invalidParams("the document \"\(uri)\" is not open")))
        }
        workers.async { [self] in
            send(JSONRPCResponse(id: id, result: work(document, encoding)))
        }
    }

    private func codeActions(_ params: LSPIncoming.CodeActionParams, document: OpenDocument, encoding: PositionEncoding) -> [LSPOutgoing.CodeAction] {
        // The findings of this text: the published lint's when it is of this revision, else a new lint.
        let (cached, session, unsafeFixes) = state.withLock { state in
            (state.outcomes[document.uri].flatMap { $0.revision == document.revision ? $0 : nil }, state.session, state.settings.unsafeFixes)
        }
        var fresh = session
        let outcome =
            cached ?? LintOutcome(linting: document, as: fresh.selection(forBufferAt: document.path, bytes: document.text.bytes), linter: session.linter)
        guard let report = outcome.report, let selection = outcome.selection else { return [] }
        var findings = Array(report.diagnostics)
        if !unsafeFixes {
            for index in findings.indices where findings[index].fix?.applicability != .safe { findings[index].fix = nil }
        }
        let converter = DiagnosticConverter(uri: document.uri, text: outcome.text, encoding: encoding, documents: [report.file: (document.uri, outcome.text)])
        return CodeActionProvider.actions(in: params.range, only: params.context?.only, findings: findings, converter: converter) {
            let (fixed, _) = Fixer(linter: session.linter, includingUnsafe: false).fix(outcome.text.bytes, file: report.file, selection: selection)
            return fixed.changed ? fixed.fixed : nil
        }
    }

    // MARK: Output

    private func publish(_ publications: [LSPOutgoing.PublishDiagnosticsParams]) {
        for publication in publications { send(JSONRPCOutgoing(id: nil, method: "textDocument/publishDiagnostics", params: publication)) }
    }

    private func send(_ message: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(message) else { return }
        outputLock.withLock { _ in output(Array(data)) }
    }
}
