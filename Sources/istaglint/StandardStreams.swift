import IstagLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to standard output and standard error with plain `write(2)`, so a closed pipe
/// (`istaglint … | head -1`) ends the run quietly instead of crashing.
enum StandardStreams {
    /// Writes to standard output; returns the errno that stopped it (EPIPE when the reader
    /// went away, ENOSPC or EIO when the disk failed), or nil.
    @discardableResult
    static func writeOutput(_ text: String) -> Int32? {
        FileWriter.write(text, toDescriptor: STDOUT_FILENO)
    }

    /// The message for a report that could not be written to standard output, or nil when the
    /// reader went away (a closed pipe ends the run quietly).
    static func outputFailureMessage(_ code: Int32?) -> String? {
        guard let code, code != EPIPE else { return nil }
        return "cannot write the report to standard output: " + errorText(code)
    }

    /// A lowercase description of an errno value (`no space left on device`).
    static func errorText(_ code: Int32) -> String {
        let text = strerror(code).map { String(cString: $0) } ?? "error \(code)"
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Writes to standard error, ignoring failures: there is nowhere left to report them.
    /// Control characters other than line feeds become visible escapes (`\x1b`), so no file
    /// name or value can send the terminal an escape sequence; callers escape line feeds in
    /// what comes from input (`DisplayText.escaped`).
    static func writeError(_ text: String) {
        _ = FileWriter.write(DisplayText.escaped(text, keeping: ["\n"]), toDescriptor: STDERR_FILENO)
    }
}
