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
        guard (0...10_000).contains(debounce) else { throw ValidationError("--debounce takes 0 to 10000 milliseconds, not \(debounce)") }
    }

    func run() throws {
        var settings = LanguageServer.Settings(workingDirectory: LintSession.currentDirectory())
        settings.debounceMilliseconds = debounce
        settings.unsafeFixes = !safeFixesOnly
        let server = LanguageServer(
            settings: settings,
            output: { body in
                let framed = MessageFramer.frame(body)
                var written = 0
                while written < framed.count {
                    let count = framed[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
                    if count <= 0 {
                        if count < 0 && errno == EINTR { continue }
                        endProcess(1)
                    }
                    written += count
                }
            },
            terminate: { code in endProcess(code) })
        let code = server.run(reading: 0) { descriptor, buffer, size in
            while true {
                let count = read(descriptor, buffer, size)
                if count < 0 && errno == EINTR { continue }
                return count
            }
        }
        throw ExitCode(code)
    }
}

/// Ends the process (the server's `exit`, or an output that cannot be written).
private func endProcess(_ code: Int32) -> Never {
    exit(code)
}
