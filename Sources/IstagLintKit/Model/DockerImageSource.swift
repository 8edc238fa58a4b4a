import YAMLTree

/// A tag's `DockerImage` source: its pull spec, parsed, and where it is written.
struct DockerImageSource {
    var name: String
    var range: SourceRange
    var reference: ImageReference

    /// The source of an object whose `tag.from` is a `DockerImage` with a valid name, or nil.
    init?(_ source: ParsedReference) {
        guard case .success(let reference) = source.parsed else { return nil }
        self.name = source.text
        self.range = source.range
        self.reference = reference
    }

    /// Whether the reference names a registry only (`quay.io`, `localhost:5000`).
    var isRegistryOnly: Bool { reference.name.isEmpty && !reference.registry.isEmpty }

    /// Whether the reference is pinned by digest.
    var hasDigest: Bool { !reference.id.isEmpty }
}
