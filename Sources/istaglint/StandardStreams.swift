import IstagLintKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error with plain `write(2)`, so a closed pipe
/// (`istaglint … | head -1`) ends the run quietly instead of crashing.
enum StandardStreams {
    /// Writes to standard output; returns false when it went away (EPIPE) or failed.
    @discardableResult
    static func writeOutput(_ text: String) -> Bool {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes to standard error, ignoring failures: there is nowhere left to report them.
    /// Control characters other than line feeds become visible escapes (`\x1b`), so no file
    /// name or value can send the terminal an escape sequence; callers escape line feeds in
    /// what comes from input (`DisplayText.escaped`).
    static func writeError(_ text: String) {
        _ = write(DisplayText.escaped(text, keeping: ["\n"]), to: STDERR_FILENO)
    }

    /// Whether a descriptor is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    private static func write(_ text: String, to descriptor: Int32) -> Bool {
        FileWriter.write(text, toDescriptor: descriptor) == nil
    }
}
