/// The codes istaglint has released and no longer has, each with one line on why it went.
///
/// A code is never given to another rule: a configuration, a baseline or an inline directive
/// that names one keeps its meaning, or names nothing. A rule that goes leaves its code
/// here; `Tests/released-codes.txt` lists every code ever released, and a test checks that
/// each is live or retired, and that no retired code is live again.
enum RetiredCodes {
    /// Retired code (`IST123`) -> why it was retired. Empty so far: every code released is live.
    static let all: [String: String] = [:]
}
