/// A diagnostic's identity that survives moving lines: built from the file, the object's kind,
/// namespace and name, the field path and the rule, never from a line or column.
///
/// SARIF `partialFingerprints`, GitLab's `fingerprint` and baselines all use it, so a finding
/// keeps its identity when a file is reformatted or other objects are added above it.
public enum Fingerprint {
    /// The identity text of a diagnostic, before hashing.
    public static func identity(of diagnostic: Diagnostic) -> String {
        let object = diagnostic.object.map { "\($0.kind)/\($0.namespace ?? "")/\($0.name ?? "")" } ?? "document \(diagnostic.document)"
        return [diagnostic.file, object, diagnostic.path, diagnostic.ruleId].joined(separator: "\u{1F}")
    }

    /// The fingerprints of a run's diagnostics, in order: the hash of the identity, with an
    /// occurrence number appended when several diagnostics share one identity (`…:2`).
    public static func assign(_ diagnostics: some Sequence<Diagnostic>) -> [String] {
        var seen: [String: Int] = [:]
        return assign(diagnostics, occurrences: &seen)
    }

    /// The fingerprints of diagnostics that continue a run: `occurrences` counts each hash
    /// seen so far and is updated. The identity includes the file, so the diagnostics of
    /// different files never share one: a run file by file needs only each file's counts
    /// (`FingerprintNumbering` keeps them one diagnostic at a time).
    public static func assign(_ diagnostics: some Sequence<Diagnostic>, occurrences seen: inout [String: Int]) -> [String] {
        diagnostics.map { diagnostic in
            let hash = hex(identity(of: diagnostic))
            let occurrence = (seen[hash] ?? 0) + 1
            seen[hash] = occurrence
            return numbered(hash, occurrence)
        }
    }

    /// A hash with its occurrence number: the first occurrence has none.
    static func numbered(_ hash: String, _ occurrence: Int) -> String {
        occurrence == 1 ? hash : "\(hash):\(occurrence)"
    }

    /// A 128-bit FNV-1a hash of the text, as 32 hex digits (two 64-bit lanes with different seeds).
    public static func hex(_ text: String) -> String {
        digest(text).hex
    }

    /// The 128-bit FNV-1a hash of the text as two numbers: a key of 16 bytes where the hex
    /// text would take a string allocation of its own.
    static func digest(_ text: String) -> Digest {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x84222325_cbf29ce4
        let prime: UInt64 = 0x0000_0100_0000_01B3
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* prime
            second = (second ^ UInt64(byte ^ 0x5A)) &* prime
        }
        return Digest(first: first, second: second)
    }

    /// The two lanes of a hash.
    struct Digest: Hashable, Sendable {
        var first: UInt64
        var second: UInt64

        /// The 32 hex digits of the fingerprint.
        var hex: String { Fingerprint.lane(first) + Fingerprint.lane(second) }
    }

    private static func lane(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
