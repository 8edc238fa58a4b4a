import IstagLintKit

/// The paths a folder walk skipped on purpose, told on standard error: each by name with
/// `--verbose`, otherwise links and system paths counted in one line per reason at the end, so
/// a skipped link is never silent and never fails the run. Ignored paths and tool folders,
/// there in every repository, are named with `--verbose` only.
struct SkippedPaths {
    let verbose: Bool
    private var outside = 0
    private var system = 0

    init(verbose: Bool) {
        self.verbose = verbose
    }

    /// Names a skipped path (with `--verbose`) or counts it.
    mutating func add(_ path: SkippedPath) {
        if verbose {
            StandardStreams.writeError("istaglint: skipped \(path.path): \(path.explanation)\n")
            return
        }
        switch path.reason {
        case .outsideWalk: outside += 1
        case .systemFolder: system += 1
        // Expected in every repository: named with --verbose only.
        case .ignored, .neverWalked: break
        }
    }

    /// Writes the counts, once, after the report.
    func reportCounts() {
        if outside > 0 {
            let links = outside == 1 ? "1 symbolic link that leads" : "\(outside) symbolic links that lead"
            StandardStreams.writeError("istaglint: skipped \(links) outside the folders walked (--follow-links follows them, --verbose names them)\n")
        }
        if system > 0 {
            let paths = system == 1 ? "1 path" : "\(system) paths"
            StandardStreams.writeError(
                "istaglint: skipped \(paths) under /proc, /sys or /dev, never read through a folder walk (--verbose names \(system == 1 ? "it" : "them"))\n")
        }
    }
}
