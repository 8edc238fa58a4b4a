import IstagLintKit

/// A small parser for the common lint command lines (`istaglint [options] PATH...`), used
/// before the argument parser: swift-argument-parser's reflection costs more start-up time
/// than linting a small file, and a pre-commit hook starts istaglint on every commit.
///
/// It accepts only what it understands exactly; anything else (a subcommand, `--help`, an
/// unknown or malformed option, a value `LintInvocation.validate()` refuses) returns nil, and
/// the argument parser handles the command line with its own messages. Both fill the same
/// `LintInvocation` and check it with the same `validate()`.
enum FastArguments {
    private static let flags: Set<String> = [
        "--quiet", "--no-config", "--no-inline-suppressions", "--follow-links", "--no-ignore", "--verbose", "--fix", "--diff", "--unsafe-fixes",
    ]
    /// The short names, as `LintCommand` declares them.
    private static let shortNames = ["-f": "--format", "-o": "--output", "-c": "--config", "-j": "--jobs", "-q": "--quiet"]
    private static let options: Set<String> = [
        "--format", "--output", "--fail-on", "--stdin-filename", "--max-depth", "--max-aliases", "--max-file-size", "--max-findings-per-file", "--jobs",
        "--config",
        "--select", "--ignore", "--baseline", "--write-baseline", "--apply", "--color",
    ]

    /// The invocation for a command line, or nil when the argument parser must look at it.
    static func parse(_ arguments: [String]) -> LintInvocation? {
        // The checks both parsers share; the argument parser prints the message of one that fails.
        guard let invocation = read(arguments), (try? invocation.validate()) != nil else { return nil }
        return invocation
    }

    /// The options of a command line as read, not yet validated, or nil when it holds
    /// something the fast path does not read.
    static func read(_ arguments: [String]) -> LintInvocation? {
        var invocation = LintInvocation()
        var index = 0
        if arguments.first == "lint" { index = 1 }
        var onlyPaths = false
        while index < arguments.count {
            var argument = arguments[index]
            index += 1
            if !onlyPaths, let long = shortNames[argument] { argument = long }
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                if index == 1 && ["rules", "rule", "lsp", "help"].contains(argument) { return nil }
                invocation.paths.append(argument)
                continue
            }
            if argument == "--" {
                onlyPaths = true
                continue
            }
            if flags.contains(argument) {
                switch argument {
                case "--quiet": invocation.quiet = true
                case "--no-config": invocation.noConfig = true
                case "--follow-links": invocation.followLinks = true
                case "--no-ignore": invocation.noIgnore = true
                case "--verbose": invocation.verbose = true
                case "--fix": invocation.fix = true
                case "--diff": invocation.diff = true
                case "--unsafe-fixes": invocation.unsafeFixes = true
                default: invocation.noInlineSuppressions = true
                }
                continue
            }
            var name = argument
            var value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                // The argument parser takes no value that looks like an option (`-1`, `--`), only `-`.
                guard index < arguments.count, options.contains(name), arguments[index] == "-" || !arguments[index].hasPrefix("-") else { return nil }
                value = arguments[index]
                index += 1
            }
            guard options.contains(name), apply(name, value, to: &invocation) else { return nil }
        }
        return invocation
    }

    private static func apply(_ name: String, _ value: String, to invocation: inout LintInvocation) -> Bool {
        switch name {
        case "--format":
            guard let format = OutputFormat(argument: value) else { return false }
            invocation.format = format
        case "--fail-on":
            guard let failOn = FailOn(rawValue: value) else { return false }
            invocation.failOn = failOn
        case "--color":
            guard let color = ColorChoice(rawValue: value) else { return false }
            invocation.color = color
        case "--apply":
            guard let mode = ApplyMode(rawValue: value) else { return false }
            invocation.apply = mode
        case "--max-depth":
            guard let depth = Int(value) else { return false }
            invocation.maxDepth = depth
        case "--max-aliases":
            guard let limit = Int(value) else { return false }
            invocation.maxAliases = limit
        case "--max-file-size":
            guard let limit = Int(value) else { return false }
            invocation.maxFileSize = limit
        case "--max-findings-per-file":
            guard let limit = Int(value) else { return false }
            invocation.maxFindingsPerFile = limit
        case "--jobs":
            guard let jobs = Int(value) else { return false }
            invocation.jobs = jobs
        case "--output": invocation.output = value
        case "--stdin-filename": invocation.stdinFilename = value
        case "--config": invocation.config = value
        case "--select": invocation.select.append(value)
        case "--ignore": invocation.ignore.append(value)
        case "--baseline": invocation.baseline = value
        case "--write-baseline": invocation.writeBaseline = value
        default: return false
        }
        return true
    }
}
