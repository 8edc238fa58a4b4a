/// What fixing one file did: its text before and after, how many findings the fixes resolved,
/// and which fixes were withheld.
public struct FixOutcome: Sendable {
    /// The file as it was read.
    public var original: [UInt8]
    /// The file after every fix that was applied; equal to `original` when none was.
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

    /// Whether any fix was applied.
    public var changed: Bool { fixed != original }

    /// Bundles an outcome.
    public init(original: [UInt8], fixed: [UInt8], fixedCount: Int, withheld: [WithheldFix], writeFailure: String? = nil) {
        self.original = original
        self.fixed = fixed
        self.fixedCount = fixedCount
        self.withheld = withheld
        self.writeFailure = writeFailure
    }
}
