/// A baseline applied file by file, as a run streams its reports: the same findings as
/// over the whole run are kept.
///
/// Fingerprints count repeated identities within a run, and an identity includes the file
/// name, so each file's counts start from zero, except for a name that can be reported twice:
/// standard input can be given the name of a file that is linted too, so that name's counts
/// are kept for the whole run.
///
/// A file the baseline knows under an earlier spelling (`./a.yaml`, see
/// `Baseline.earlierSpellings`) is matched under that one too: its findings were numbered
/// alike, one file's findings in the same order, so only the name in the identity differs.
public struct BaselineFilter {
    private let known: Set<String>
    private let earlierSpellings: [String: [String]]
    private var numbering: FingerprintNumbering

    /// A filter for a baseline; `standardInputName` is the name standard input is reported
    /// under, when it is linted.
    public init(_ baseline: Baseline, standardInputName: String?) {
        known = Set(baseline.findings.map(\.fingerprint))
        earlierSpellings = baseline.earlierSpellings
        numbering = FingerprintNumbering(sharedNames: standardInputName.map { [$0] } ?? [])
    }

    /// The file's report without the findings recorded in the baseline.
    public mutating func filter(_ file: FileReport) -> FileReport {
        guard !file.diagnostics.isEmpty else { return file }
        let earlier = earlierSpellings[file.file] ?? []
        return file.keeping { diagnostic in
            let (digest, occurrence) = numbering.numbered(diagnostic)
            if known.contains(Fingerprint.numbered(digest.hex, occurrence)) { return false }
            for spelling in earlier {
                var respelled = diagnostic
                respelled.file = spelling
                if known.contains(Fingerprint.numbered(Fingerprint.hex(Fingerprint.identity(of: respelled)), occurrence)) { return false }
            }
            return true
        }
    }
}
