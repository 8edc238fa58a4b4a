/// Fingerprints numbered as `Fingerprint.assign` numbers a whole run, one diagnostic at a time.
///
/// An identity includes the file, so each file's counts can start from zero when the next
/// file begins, and a run keeps the counts of one file only; the exception is a name that may
/// be reported more than once (standard input can be given the name of a file that is linted
/// too), whose counts are kept for the whole run.
public struct FingerprintNumbering: Sendable {
    private let sharedNames: Set<String>
    private var shared: [Fingerprint.Digest: Int] = [:]
    private var current: [Fingerprint.Digest: Int] = [:]
    private var currentFile: String?
    private var currentIsShared = false

    /// Numbering before the first diagnostic; `sharedNames` are the file names that may be
    /// reported more than once.
    public init(sharedNames: Set<String> = []) {
        self.sharedNames = sharedNames
    }

    /// The fingerprint of the next diagnostic of the run.
    public mutating func fingerprint(of diagnostic: Diagnostic) -> String {
        let (digest, occurrence) = numbered(diagnostic)
        return Fingerprint.numbered(digest.hex, occurrence)
    }

    /// The hash of the next diagnostic of the run, and its occurrence number.
    mutating func numbered(_ diagnostic: Diagnostic) -> (digest: Fingerprint.Digest, occurrence: Int) {
        if diagnostic.file != currentFile {
            currentFile = diagnostic.file
            currentIsShared = sharedNames.contains(diagnostic.file)
            current = [:]
        }
        let digest = Fingerprint.digest(Fingerprint.identity(of: diagnostic))
        let occurrence: Int
        if currentIsShared {
            occurrence = (shared[digest] ?? 0) + 1
            shared[digest] = occurrence
        } else {
            occurrence = (current[digest] ?? 0) + 1
            current[digest] = occurrence
        }
        return (digest, occurrence)
    }
}
