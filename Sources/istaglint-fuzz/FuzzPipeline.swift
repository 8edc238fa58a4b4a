import IstagLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the fuzzer runs on each input: lint it with every rule and inline suppressions, with
/// a small depth limit and with the default one (under the default `apply:` mode, and under
/// another picked by the input's length), and render every report format.
enum FuzzPipeline {
    static let reporters: [any Reporter] = [
        TextReporter(), TextReporter(color: true, quiet: true), JSONReporter(),
        SARIFReporter(rules: Array(RuleCatalog.all.prefix(8).map(\.description))), GitHubReporter(includesSummary: true),
        GitLabReporter(rules: Array(RuleCatalog.all.prefix(8).map(\.description))), JUnitReporter(failingSeverity: .warning),
    ]

    /// Whether the run checks fixing (`ISTAGLINT_FUZZ_MODE=fix`) instead of the reporters.
    static let checksFixing = getenv("ISTAGLINT_FUZZ_MODE").map { String(cString: $0) } == "fix"

    static func run(_ bytes: [UInt8]) {
        if checksFixing { return FixProperties.check(bytes) }
        let reports = [
            Linter().lint(bytes, file: "fuzz.yaml"),
            Linter(parseOptions: .init(maxDepth: 8), inlineSuppressions: false)
                .lint(bytes, file: "fuzz/ä b%.json", applyMode: ApplyMode.allCases[bytes.count % ApplyMode.allCases.count]),
        ]
        let run = RunReport(files: reports, readFailures: [ReadFailure(path: "gone.yaml", reason: "no such file or directory")])
        for reporter in reporters { _ = reporter.render(run) }
        _ = Baseline(run).filter(run)
    }
}
