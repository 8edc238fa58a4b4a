import YAMLTree

/// A tag an object defines: an ImageStreamTag's `<stream>:<tag>`, or an ImageStream's name
/// and one of its `spec.tags` names. The duplicate-tag rule compares them within a file and
/// across the files of a run.
public struct TagDefinition: Sendable, Hashable {
    /// The namespace written, nil when none is (the current project's).
    public var namespace: String?
    /// The stream.
    public var stream: String
    /// The tag.
    public var tag: String
    /// The file, as findings spell it.
    public var file: String
    /// The document's index in the file.
    public var document: Int
    /// The index of the defining object among the file's objects.
    public var object: Int
    /// The kind that defines it.
    public var kind: ObjectKind
    /// Where the tag is named: `metadata.name`, or `spec.tags[2].name`.
    public var path: FieldPath
    /// The characters that name it.
    public var range: SourceRange
    /// The severity of the duplicate-tag rule in the file; nil when it is off there (the
    /// definition is kept for the missing-tag rule).
    public var severity: Severity?

    /// Where the tag lives: its namespace, or, for an object without one, its file's folder.
    /// An object without a namespace is created in the one it is applied to, which a
    /// kustomize overlay or an Argo CD application sets per folder: it matches another
    /// without one in the same folder only.
    var scope: String

    /// What identifies the tag in a cluster: scope, stream and tag.
    struct Key: Hashable {
        var scope: String
        var isNamespace: Bool
        var stream: String
        var tag: String
    }

    /// The tag's key.
    var key: Key { Key(scope: scope, isNamespace: namespace != nil, stream: stream, tag: tag) }

    /// The defining object's kind, namespace and name.
    public var identity: ObjectIdentity {
        ObjectIdentity(kind: kind.name, namespace: namespace, name: kind == .imageStreamTag ? stream + ":" + tag : stream)
    }

    /// How a finding elsewhere names this definition.
    var description: String {
        switch kind {
        case .imageStreamTag: return "the ImageStreamTag \(ValueDescription.quote(stream + ":" + tag))"
        case .imageStream, .image, .imageSignature:
            return "the spec tag \(ValueDescription.quote(tag)) of the ImageStream \(ValueDescription.quote(stream)) (\(path))"
        }
    }

    /// The tags an object defines: none when its names are not strings.
    /// `folder` is the file's folder, the scope of an object without a namespace.
    static func of(_ object: LintObject, index: Int, document: Int, file: String, folder: String, severity: Severity?) -> [TagDefinition] {
        // A kustomize patch is merged into its base: it defines nothing of its own.
        guard !object.isPartial, case .value(let name, let range) = object.name else { return [] }
        let namespace: String? = if case .value(let namespace, _) = object.namespace { namespace } else { nil }
        let scope = namespace ?? folder
        switch object.kind {
        case .imageStreamTag:
            guard let split = ImageStreamTagName(name), !split.stream.isEmpty, !split.tag.isEmpty else { return [] }
            let (stream, tag) = (split.stream, split.tag)
            return [
                TagDefinition(
                    namespace: namespace, stream: stream, tag: tag, file: file, document: document, object: index, kind: .imageStreamTag,
                    path: object.path("metadata", "name"), range: range, severity: severity, scope: scope)
            ]
        case .imageStream:
            return object.tagReferences.compactMap { reference in
                guard case .value(let tag, let tagRange) = reference.view.string("name") else { return nil }
                return TagDefinition(
                    namespace: namespace, stream: name, tag: tag, file: file, document: document, object: index, kind: .imageStream,
                    path: reference.view.path("name"), range: tagRange, severity: severity, scope: scope)
            }
        case .image, .imageSignature:
            return []
        }
    }
}
