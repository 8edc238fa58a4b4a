import ArgumentParser
import IstagLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The root command; linting is its default subcommand.
struct IstagLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "istaglint",
        abstract: "Lint OpenShift ImageStreamTag manifests (image.openshift.io/v1) before they reach a cluster.",
        discussion: "Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, I/O or internal error.",
        version: ToolInfo.version,
        subcommands: [LintCommand.self, RulesCommand.self, RuleCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self)

    /// Parses and runs a command line, and returns the exit code, mapping every usage
    /// error to 2 (the argument parser's default would be 64).
    static func runAndReport(_ arguments: [String]) -> Int32 {
        do {
            if ["--help", "-h", "help"].contains(arguments.first), arguments.count == 1 {
                StandardStreams.writeOutput(rootHelp())
                return 0
            }
            if getenv("ISTAGLINT_ARGUMENT_PARSER_ONLY") == nil, let invocation = FastArguments.parse(arguments) {
                try invocation.run()
                return 0
            }
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { StandardStreams.writeOutput(message + "\n") }
                return 0
            }
            if !message.isEmpty { StandardStreams.writeError(message + "\n") }
            return 2
        }
    }

    /// The help of `istaglint --help`: linting is what istaglint is run for, so its options
    /// come first, then the other subcommands.
    static func rootHelp() -> String {
        var lines = LintCommand.helpMessage().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let overview = lines.firstIndex(where: { $0.hasPrefix("OVERVIEW:") }) {
            lines[overview] = "OVERVIEW: \(configuration.abstract)"
        }
        for prefix in ["USAGE: istaglint lint ", "USAGE: lint "] {
            if let usage = lines.firstIndex(where: { $0.hasPrefix(prefix) }) {
                lines[usage] = "USAGE: istaglint [lint] " + lines[usage].dropFirst(prefix.count)
            }
        }
        if let help = lines.firstIndex(where: { $0.hasPrefix("  -h, --help") }) {
            lines.insert("  --version               Show the version.", at: help)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let subcommands = [
            "", "SUBCOMMANDS:",
            "  lint (default)          \(LintCommand.configuration.abstract)",
            "  rules                   \(RulesCommand.configuration.abstract)",
            "  rule                    \(RuleCommand.configuration.abstract)",
            "  lsp                     \(LSPCommand.configuration.abstract)",
            "", "  See 'istaglint help <subcommand>' for detailed help.",
            "", configuration.discussion, "",
        ]
        return (lines + subcommands).joined(separator: "\n")
    }
}
