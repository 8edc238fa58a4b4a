import IstagLintKit

/// What finding configurations told, on standard error: which configuration each folder uses
/// (with `--verbose`, once per configuration), and every configuration file that cannot be
/// used, which makes the run exit 2.
struct EventPrinter {
    let verbose: Bool
    /// Whether a configuration file could not be used.
    private(set) var failed = false

    init(verbose: Bool) {
        self.verbose = verbose
    }

    /// Writes one event.
    mutating func tell(_ event: ConfigurationSet.Event) {
        switch event {
        case .found(let file, let folder):
            if verbose { StandardStreams.writeError("istaglint: configuration \(DisplayText.escaped(file)) for \(DisplayText.escaped(folder))\n") }
        case .notFound(let folder, let looked):
            if verbose { StandardStreams.writeError("istaglint: no configuration file for \(DisplayText.escaped(folder)) (\(DisplayText.escaped(looked)))\n") }
        case .invalid(let error):
            failed = true
            StandardStreams.writeError(DisplayText.escaped("\(error)") + "\n")
        case .unreadable(let failure):
            failed = true
            StandardStreams.writeError("istaglint: cannot read the configuration \(DisplayText.escaped(failure.path)): \(failure.reason)\n")
        }
    }
}
