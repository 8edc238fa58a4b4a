/// Limits that keep hostile input cheap.
public struct ParseOptions: Sendable, Hashable {
    /// The deepest nesting of mappings and sequences that is read.
    ///
    /// libyaml's scanner is quadratic in flow nesting depth (100 000 nested `[` take
    /// minutes), so the tree stops pulling events at this depth and reports a problem.
    /// Real manifests nest about ten levels deep.
    public var maxDepth: Int

    /// The default limits: a nesting depth of 1 000.
    public static let `default` = ParseOptions(maxDepth: 1_000)

    /// Creates limits.
    public init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }
}
