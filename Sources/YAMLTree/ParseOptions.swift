/// Limits that keep hostile input cheap. Each one, when reached, stops reading the file and
/// becomes a finding that names the limit and the option that raises it.
public struct ParseOptions: Sendable, Hashable {
    /// The deepest nesting of mappings and sequences that is read.
    ///
    /// libyaml's scanner is quadratic in flow nesting depth (100 000 nested `[` take
    /// minutes), so the tree stops pulling events at this depth and reports a problem.
    /// Real manifests nest about ten levels deep.
    public var maxDepth: Int
    /// The most aliases (`*name`) read in one file.
    ///
    /// istaglint never expands an alias, but kubectl's decoder does, and a file with this many
    /// is either generated or hostile; reading stops and says so.
    public var maxAliases: Int
    /// The largest file read, in bytes; larger files are reported without being parsed.
    public var maxFileSize: Int

    /// The default limits: a nesting depth of 1 000, 10 000 aliases, 64 MiB.
    public static let `default` = ParseOptions(maxDepth: 1_000, maxAliases: 10_000, maxFileSize: 64 << 20)

    /// Creates limits.
    public init(maxDepth: Int, maxAliases: Int = 10_000, maxFileSize: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxFileSize = maxFileSize
    }
}
