/// What the parts of a streamed report written so far leave to the parts after them.
public struct StreamProgress: Sendable {
    /// How many diagnostics the files before have written.
    public var diagnosticsWritten = 0
    /// The numbering of repeated fingerprints, as far as the run has gone.
    public var fingerprints: FingerprintNumbering
    /// The files that are not manifests, with why, for the formats that list them at the end
    /// (JSON); the others leave it empty.
    public var notManifests: [NotManifest] = []

    /// The state before the first file; `sharedNames` are the file names that may be reported
    /// more than once in the run (standard input's, which can be a linted file's name too).
    public init(sharedNames: Set<String> = []) {
        fingerprints = FingerprintNumbering(sharedNames: sharedNames)
    }
}
