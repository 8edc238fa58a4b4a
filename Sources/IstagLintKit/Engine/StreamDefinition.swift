import YAMLTree

/// An ImageStream whose tags the run knows: one with spec tags and no
/// `spec.dockerImageRepository` (which would import any tag of the repository). A tag of it
/// that no manifest of the run defines is one that only a build or a push could make.
public struct StreamDefinition: Sendable {
    /// The stream: `TagDefinition.Key` without its tag.
    var scope: String
    var isNamespace: Bool
    var stream: String
    /// The file, as findings spell it, and the characters of `metadata.name`.
    public var file: String
    public var range: SourceRange
    /// The index of the object among the file's objects.
    public var object: Int

    /// The stream's key.
    var key: MissingSourceTagRule.StreamKey { MissingSourceTagRule.StreamKey(scope: scope, isNamespace: isNamespace, stream: stream) }

    /// The stream an object is, when it is an ImageStream whose tags the run knows.
    static func of(_ object: LintObject, index: Int, file: String, folder: String) -> StreamDefinition? {
        guard object.kind == .imageStream, !object.isPartial, !object.tagReferences.isEmpty, case .value(let name, let range) = object.name
        else { return nil }
        if case .value = object.string("spec", "dockerImageRepository") { return nil }
        let namespace: String? = if case .value(let namespace, _) = object.namespace { namespace } else { nil }
        return StreamDefinition(scope: namespace ?? folder, isNamespace: namespace != nil, stream: name, file: file, range: range, object: index)
    }
}
