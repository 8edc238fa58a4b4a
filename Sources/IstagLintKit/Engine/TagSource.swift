import YAMLTree

/// A tag reference's `from` of kind `ImageStreamTag`: the tag it tracks, for the check that
/// the run defines it (IST215) within a file and across the files of a run.
public struct TagSource: Sendable {
    /// The tag it names, as a definition's key (`TagDefinition.Key`).
    var key: TagDefinition.Key
    /// The file, as findings spell it.
    public var file: String
    /// The document's index in the file.
    public var document: Int
    /// The index of the object among the file's objects.
    public var object: Int
    /// The identity of the object that holds it.
    public var identity: ObjectIdentity
    /// `from.name`'s path, and the characters of its value.
    public var path: FieldPath
    public var range: SourceRange
    /// The value of `from.name`.
    public var name: String
    /// The severity of the rule in the file.
    public var severity: Severity

    /// The sources of an object's tag references. `folder` is the file's folder, the scope of
    /// an object without a namespace.
    static func of(_ object: LintObject, index: Int, document: Int, file: String, folder: String, severity: Severity) -> [TagSource] {
        guard !object.isPartial, ObjectKind.streamKinds.contains(object.kind) else { return [] }
        let namespace: String? = if case .value(let namespace, _) = object.namespace { namespace } else { nil }
        let streamName: String? = if object.kind == .imageStream, case .value(let name, _) = object.name { name } else { nil }
        return object.tagReferences.compactMap { reference in
            guard case .value("ImageStreamTag", _) = reference.fromKind, case .value(let name, let range) = reference.fromName else { return nil }
            // `<stream>:<tag>`, or a spec tag's `<tag>` of its own stream.
            let stream: String
            let tag: String
            if let split = ImageStreamTagName(name) {
                (stream, tag) = (split.stream, split.tag)
            } else if let streamName {
                (stream, tag) = (streamName, name)
            } else {
                return nil
            }
            guard !stream.isEmpty, !tag.isEmpty else { return nil }
            let fromNamespace: String? = if case .value(let value, _) = reference.view.string("from", "namespace") { value } else { nil }
            let effective = fromNamespace ?? namespace
            return TagSource(
                key: TagDefinition.Key(scope: effective ?? folder, isNamespace: effective != nil, stream: stream, tag: tag), file: file, document: document,
                object: index, identity: object.identity, path: reference.view.path("from", "name"), range: range, name: name, severity: severity)
        }
    }
}
