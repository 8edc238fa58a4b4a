/// A file read that is not a manifest, and why: the JSON report lists them, and `--verbose`
/// names them on standard error.
public struct NotManifest: Sendable, Hashable, Codable {
    /// The path as reports show it.
    public var path: String
    /// A lowercase phrase that says why (`FileReport.notManifestReason`).
    public var reason: String

    /// Creates an entry.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
