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
        subcommands: [LintCommand.self, RulesCommand.self, RuleCommand.self],
        defaultSubcommand: LintCommand.self)

    /// Parses and runs a command line, and returns the exit code, mapping every usage
    /// error to 2 (the argument parser's default would be 64).
    static func runAndReport(_ arguments: [String]) -> Int32 {
        do {
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
}
