import ArgumentParser
import IstagLintKit

#if canImport(Glibc)
    import Glibc
    import CMalloc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line: `istaglint [PATH...]`, `istaglint rules`, `istaglint rule IST###`.
@main
struct Main {
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        #if canImport(Glibc)
            // Each file's memory is freed before the next is read. By default glibc hands the top
            // of the heap back to the system as soon as 128 KiB of it is free, and the next file
            // takes it back page by page (a page fault each): a file's worth is kept instead.
            // Peak memory is unchanged; only the handing back waits.
            mallopt(M_TRIM_THRESHOLD, 64 << 20)
        #endif
        let code = IstagLintCommand.runAndReport(Array(CommandLine.arguments.dropFirst()))
        exit(code)
    }
}
