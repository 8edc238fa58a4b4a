import YAMLTree

/// A tag reference's `from.namespace` on a `DockerImage` source, beside the object's own namespace: read once
/// for the two rules that judge it (ignored when it is the object's own, IST509; refused
/// otherwise, IST209).
struct DockerImageNamespace {
    /// How `from.namespace` stands to `metadata.namespace`.
    enum Relation {
        /// The same namespace: the server skips the tag.
        case own
        /// Another namespace, named here.
        case other(String)
        /// `metadata.namespace` is unset: the current project decides. `keyPresent` says it is
        /// written, as null or "".
        case unset(keyPresent: Bool)
    }

    var namespace: String
    var range: SourceRange
    var relation: Relation

    /// The namespace of an object's `DockerImage` source, or nil when there is none (or a value
    /// has the wrong type, which the wrong-type rule reports).
    init?(_ tag: TagReference, of object: LintObject) {
        guard case .value("DockerImage", _) = tag.fromKind,
            case .value(let namespace, let range) = tag.view.string("from", "namespace")
        else { return nil }
        self.namespace = namespace
        self.range = range
        switch object.namespace {
        case .value(let own, _): relation = own == namespace ? .own : .other(own)
        case .empty(_, let keyPresent): relation = .unset(keyPresent: keyPresent)
        case .invalid: return nil
        }
    }
}
