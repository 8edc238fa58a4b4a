/// A baseline applied file by file, as a run streams its reports: the same findings as
/// `Baseline.filter(_:)` over the whole run are kept.
///
/// Fingerprints count repeated identities within a run, and an identity includes the file
/// name, so each file's counts start from zero, except for a name that can be reported twice:
/// standard input can be given the name of a file that is linted too, so that name's counts
/// are kept for the whole run.
public struct BaselineFilter {
    private let known: Set<String>
    private var numbering: FingerprintNumbering

    /// A filter for a baseline; `standardInputName` is the name standard input is reported
    /// under, when it is linted.
    public init(_ baseline: Baseline, standardInputName: String?) {
        known = Set(baseline.findings.map(\.fingerprint))
        numbering = FingerprintNumbering(sharedNames: standardInputName.map { [$0] } ?? [])
    }

    /// The file's report without the findings recorded in the baseline.
    public mutating func filter(_ file: FileReport) -> FileReport {
        guard !file.diagnostics.isEmpty else { return file }
        return file.keeping { !known.contains(numbering.fingerprint(of: $0)) }
    }
}
