import ArgumentParser
import IstagLintKit
import YAMLTree

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `istaglint [PATH...]`: lint files, directories and standard input.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint files and directories (the default command).",
        discussion: """
            How the manifests are applied (--apply, or apply: in the configuration) changes some verdicts: \
            client-side oc apply adds the last-applied annotation and re-applies, kustomize refuses duplicate keys. \
            Directories are walked for *.yaml, *.yml and *.json, hidden ones too, except version-control and \
            tool folders (.git, node_modules, .build and the like); inside a git repository, what .gitignore \
            files name is left out (--no-ignore lints it). A file named explicitly is read whatever its \
            extension, even if ignored; symbolic links that leave the folders walked are not followed unless \
            --follow-links. Each file's configuration is the nearest .istaglint.yaml above it, up to the \
            repository root. Paths are reported relative to the working directory.
            """)

    @Argument(help: "Files or directories to lint; - reads standard input.")
    var paths: [String] = []

    @Option(
        name: [.short, .long],
        help: "The report format; \(OutputFormat.aliases.keys.sorted().joined(separator: ", ")) are accepted too.")
    var format: OutputFormat = .text

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output (the summary goes to standard error).")
    var output: String?

    @Option(help: "The lowest severity that makes the exit code 1: error (default), warning or info. Wins over the configuration file.")
    var failOn: FailOn?

    @Option(
        help:
            "How the manifests are applied: client (oc apply -f, the default), server (oc apply --server-side), create (oc create -f) or kustomize (oc apply -k). Wins over the configuration file."
    )
    var apply: ApplyMode?

    @Option(help: "The name standard input has in the report and for configuration: its patterns, and the nearest .istaglint.yaml above it.")
    var stdinFilename: String = "<stdin>"

    @Flag(name: [.short, .long], help: "Print only the findings: no source excerpts and no summary.")
    var quiet = false

    @Option(help: "Colour the text report: auto (a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "The deepest nesting of YAML collections read before a file is cut short.")
    var maxDepth: Int = ParseOptions.default.maxDepth

    @Option(help: "The most aliases (*name) read in one file before it is cut short.")
    var maxAliases: Int = ParseOptions.default.maxAliases

    @Option(help: "The largest file read, in bytes; larger files are reported, not parsed.")
    var maxFileSize: Int = ParseOptions.default.maxFileSize

    @Option(help: "The most findings one file reports; the rest are counted in one IST005 error.")
    var maxFindingsPerFile: Int = Linter.defaultMaxFindingsPerFile

    @Option(name: [.short, .long], help: "How many files to lint at once (default: the number of processors).")
    var jobs: Int = LintSession.processorCount

    @Option(name: [.short, .long], help: "The configuration file to use instead of looking for .istaglint.yaml.")
    var config: String?

    @Flag(help: "Ignore configuration files.")
    var noConfig = false

    @Option(help: "Run only these rules: codes, names or families (IST5), comma-separated or repeated. Wins over the configuration file.")
    var select: [String] = []

    @Option(help: "Never run these rules: codes, names or families, comma-separated or repeated.")
    var ignore: [String] = []

    @Flag(help: "Ignore every # istaglint: comment, for CI that forbids inline suppressions.")
    var noInlineSuppressions = false

    @Option(help: "Report only findings that are not in this baseline file.")
    var baseline: String?

    @Option(help: "Record today's findings in this file, and exit 0.")
    var writeBaseline: String?

    @Flag(
        help:
            "Apply the safe fixes of the findings in force to the files, in place, and report what remains. Standard input's fixed text goes to standard output (the report to standard error)."
    )
    var fix = false

    @Flag(help: "Print a unified diff of what --fix would change, and change nothing; exit 1 when there is a change, 0 when none.")
    var diff = false

    @Flag(help: "With --fix or --diff, apply the unsafe fixes too: those that may change meaning (rule pages say which are).")
    var unsafeFixes = false

    @Flag(help: "Follow symbolic links that lead outside the folders walked (never into /proc, /sys or /dev).")
    var followLinks = false

    @Flag(help: "Lint what .gitignore files and .git/info/exclude name (they are honoured inside a git repository by default).")
    var noIgnore = false

    @Flag(help: "Say on standard error which configuration file each folder uses and name each path a walk skips.")
    var verbose = false

    /// The checks of `LintInvocation.validate()`, which the fast path runs too.
    func validate() throws {
        try invocation.validate()
    }

    func run() throws {
        try invocation.run()
    }

    /// The parsed options as plain values.
    var invocation: LintInvocation {
        LintInvocation(
            paths: paths, format: format, output: output, failOn: failOn, apply: apply, stdinFilename: stdinFilename, quiet: quiet,
            maxDepth: maxDepth, maxAliases: maxAliases, maxFileSize: maxFileSize,
            maxFindingsPerFile: maxFindingsPerFile, jobs: jobs, config: config, noConfig: noConfig, select: select, ignore: ignore,
            noInlineSuppressions: noInlineSuppressions, baseline: baseline, writeBaseline: writeBaseline, fix: fix, diff: diff, unsafeFixes: unsafeFixes,
            followLinks: followLinks, noIgnore: noIgnore,
            verbose: verbose, color: color)
    }
}

extension ApplyMode: ExpressibleByArgument {}
