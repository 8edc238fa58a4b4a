import ArgumentParser
import IstagLintKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line: `istaglint [PATH...]`, `istaglint rules`, `istaglint rule IST###`.
@main
struct Main {
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        let code = IstagLintCommand.runAndReport(Array(CommandLine.arguments.dropFirst()))
        exit(code)
    }
}
