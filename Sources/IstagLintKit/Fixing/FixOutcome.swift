/// What fixing one file did: its text before and after, how many findings the fixes resolved,
/// and which fixes were withheld.
///
/// Only `--diff` and standard input need the texts: once the session has written a fixed
/// file back, both are emptied, since a run keeps the reports of its files with findings.
public struct FixOutcome: Sendable {
    /// The file as it was read (empty once written back).
    public var original: [UInt8]
    /// The file after every fix that was applied; equal to `original` when none was (empty
    /// once written back).
    public var fixed: [UInt8]
    /// How many findings the applied fixes resolved (one each).
    public var fixedCount: Int
    /// The fixes that would have made the file worse, in the order they were tried.
    public var withheld: [WithheldFix]
    /// Why the fixed text could not be written back, when writing was asked for and failed.
    public var writeFailure: String?
    /// Whether the text came from standard input, which is never written back: under `--fix`
    /// the command line prints it instead.
    public var isStandardInput = false

    /// Whether any fix was applied (each one changes the text: one that would not is withheld).
    public var changed: Bool { fixedCount > 0 }

    /// Bundles an outcome.
    public init(original: [UInt8], fixed: [UInt8], fixedCount: Int, withheld: [WithheldFix], writeFailure: String? = nil) {
        self.original = original
        self.fixed = fixed
        self.fixedCount = fixedCount
        self.withheld = withheld
        self.writeFailure = writeFailure
    }
}
