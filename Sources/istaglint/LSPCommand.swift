import ArgumentParser
import IstagLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `istaglint lsp`: the language server, over standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp", abstract: "Run the language server (LSP 3.17) over standard input and output.",
        discussion: "Editors start it; it lints open documents as they change and offers quick fixes, hover and completion.")

    @Option(name: .long, help: "Milliseconds a change waits for the next before the document is linted.")
    var debounce: Int = 15

    @Flag(name: .long, help: "Offer only safe fixes as quick fixes.")
    var safeFixesOnly = false

    @Flag(name: .long, help: "Accepted for editors that pass it; the server always talks over standard input and output.")
    var stdio = false

    func validate() throws {
        let most = LanguageServer.Settings.maxDebounceMilliseconds
        guard (0...most).contains(debounce) else { throw ValidationError("--debounce takes 0 to \(most) milliseconds, not \(debounce)") }
    }

    func run() throws {
        var settings = LanguageServer.Settings(workingDirectory: LintSession.currentDirectory())
        settings.debounceMilliseconds = debounce
        settings.unsafeFixes = !safeFixesOnly
        let server = LanguageServer(
            settings: settings,
            output: { body in
                // A client that stops reading has gone: there is no one left to serve.
                if FileWriter.write(MessageFramer.frame(body), toDescriptor: STDOUT_FILENO) != nil { endProcess(1) }
            },
            terminate: { endProcess($0) })
        throw ExitCode(server.run(reading: STDIN_FILENO))
    }
}

/// Ends the process (the server's `exit`, or an output that cannot be written).
private func endProcess(_ code: Int32) -> Never {
    exit(code)
}
