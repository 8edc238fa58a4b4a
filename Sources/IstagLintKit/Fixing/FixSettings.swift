/// How a run fixes files (`--fix`, `--diff`, `--unsafe-fixes`).
public struct FixSettings: Sendable {
    /// Whether unsafe fixes are applied too.
    public var includingUnsafe: Bool
    /// Findings recorded here are not fixed.
    public var baseline: Baseline?
    /// Whether fixed files are written back (`--fix`), or only shown (`--diff`). Standard
    /// input is never written: the command line prints its fixed text.
    public var writesFiles: Bool

    /// Creates the settings.
    public init(includingUnsafe: Bool, baseline: Baseline?, writesFiles: Bool) {
        self.includingUnsafe = includingUnsafe
        self.baseline = baseline
        self.writesFiles = writesFiles
    }
}
