import YAMLTree

/// One Kubernetes object to lint: a top-level document, or an item of a `List` or an
/// `ImageStreamTagList`.
///
/// Immutable: the schema pass and the values several rules read are worked out before the
/// object is made, and kept as named constants in one shared box, so that passing an object
/// around costs one reference count. Fields are read through views (`root`, `metadata`,
/// `tag`); the readers here read from the root.
public struct LintObject: Sendable {
    private final class Storage: Sendable {
        let parts: ObjectParts
        let kind: ObjectKind
        let root: FieldView
        let identity: ObjectIdentity
        let applyMode: ApplyMode
        let isExport: Bool
        let name: StringField
        let namespace: StringField
        let tagReferences: [TagReference]
        let image: FieldView?
        let signatures: [FieldView]
        let imageReference: ParsedReference?
        let importStatuses: [ImportStatus]

        init(parts: ObjectParts, kind: ObjectKind, identity: ObjectIdentity, applyMode: ApplyMode) {
            let root = FieldView(root: parts)
            self.parts = parts
            self.kind = kind
            self.root = root
            self.identity = identity
            self.applyMode = applyMode
            isExport = ["resourceVersion", "uid", "creationTimestamp"].contains { root.has("metadata", $0) }
            name = root.string("metadata", "name")
            namespace = root.string("metadata", "namespace")
            switch kind {
            case .imageStreamTag:
                tagReferences = root.mapping("tag").map { [TagReference($0)] } ?? []
                image = root.mapping("image")
            case .imageStream:
                tagReferences = root.items("spec", "tags").map(TagReference.init)
                image = nil
            case .image:
                tagReferences = []
                image = root
            case .imageSignature:
                tagReferences = []
                image = nil
            }
            signatures = kind == .imageSignature ? [root] : image?.items("signatures") ?? []
            imageReference = image.flatMap { ParsedReference($0.string("dockerImageReference")) }
            importStatuses = ImportStatus.of(kind: kind, root: root, tagReferences: tagReferences)
        }
    }

    private let storage: Storage

    /// Runs the schema pass over an object and reads what several rules read; `partial` says it
    /// is a kustomize patch (see `isPartial`); `opaque` are the values a template leaves unknown
    /// until it is processed, which no rule reads.
    public init(
        document: Document, node: NodeID, path: FieldPath, kind: ObjectKind = .imageStreamTag, identity: ObjectIdentity, applyMode: ApplyMode = .default,
        partial: Bool = false, opaque: Set<NodeID> = []
    ) {
        let parts = ObjectParts(document: document, node: node, path: path, schema: kind.schema, isPartial: partial, opaque: opaque)
        storage = Storage(parts: parts, kind: kind, identity: identity, applyMode: applyMode)
    }

    /// The view of the object's root mapping.
    public var root: FieldView { _read { yield storage.root } }
    /// The document that holds the object.
    public var document: Document { _read { yield storage.parts.document } }
    /// The object's mapping node (aliases already resolved).
    public var node: NodeID { storage.parts.node }
    /// The path of the object from the document root: empty, or `items[2]`.
    public var path: FieldPath { _read { yield storage.parts.path } }
    /// The object's kind, namespace and name as far as they are strings.
    public var identity: ObjectIdentity { _read { yield storage.identity } }
    /// How the object is applied.
    public var applyMode: ApplyMode { storage.applyMode }
    /// Whether the object is partial: a kustomize patch, merged into a complete object of its
    /// base before it is applied. A field it leaves out is the base's, so no finding may rest
    /// on a field it does not write (`reportsMissing(keyPresent:)`); one it writes as null or
    /// "" is reported, since merged it deletes or empties the base's value.
    public var isPartial: Bool { storage.parts.isPartial }
    /// The schema pass over the object, run once and shared by every rule.
    public var shape: ShapeResult { _read { yield storage.parts.shape } }
    /// Whether the object is a copy of a live object (`oc get -o yaml`): its metadata carries
    /// `resourceVersion`, `uid` or `creationTimestamp`, which only the server writes.
    public var isExport: Bool { storage.isExport }
    /// `metadata.name`.
    public var name: StringField { storage.name }
    /// `metadata.namespace`.
    public var namespace: StringField { storage.namespace }
    /// The object's kind.
    public var kind: ObjectKind { storage.kind }
    /// An ImageStreamTag's `tag`, when it is a mapping (nil for other kinds).
    public var tag: TagReference? { kind == .imageStreamTag ? storage.tagReferences.first : nil }
    /// Every tag reference of the object: an ImageStreamTag's `tag`, an ImageStream's
    /// `spec.tags` items that are mappings.
    public var tagReferences: [TagReference] { storage.tagReferences }
    /// The image the object is or embeds: an Image's root, an ImageStreamTag's `image`; nil
    /// for other kinds, or when it is missing or not a mapping. The image rules read it.
    public var image: FieldView? { storage.image }
    /// The signatures the object is or holds: an ImageSignature's root, the `signatures` of
    /// its image. The signature rules read them.
    public var signatures: [FieldView] { storage.signatures }
    /// `image.dockerImageReference` with its parse, when it is a non-empty string.
    var imageReference: ParsedReference? { storage.imageReference }
    /// The import state of each of its tags (generations and conditions).
    var importStatuses: [ImportStatus] { storage.importStatuses }

    /// What a path of keys from the object's root leads to.
    public func field(_ keys: [String]) -> FieldValue { root.field(keys) }
    /// A string field from the object's root (see `FieldView.string(_:)`).
    public func string(_ keys: String...) -> StringField { root.string(keys) }
    /// A boolean field from the object's root (see `FieldView.bool(_:)`).
    public func bool(_ keys: String...) -> Bool? { root.bool(keys) }
    /// Whether a field from the object's root is written with a value other than null.
    public func has(_ keys: String...) -> Bool { root.has(keys) }
    /// The entry for a key of the object's root mapping (the common ones found once).
    func rootEntry(forKey key: String) -> MappingEntry? { storage.parts.rootEntry(forKey: key) }
    /// The field path of a field of this object.
    public func path(_ keys: String...) -> FieldPath { keys.reduce(path) { $0.child($1) } }

    /// Whether a finding that rests on a field being missing or null is reported: always on a
    /// complete object; on a partial one (a kustomize patch) only when the field is written
    /// (`keyPresent`: as null or ""), since a field the patch leaves out is the base's, while
    /// one it writes as null deletes the base's value when kustomize merges them.
    public func reportsMissing(keyPresent: Bool) -> Bool {
        root.reportsMissing(keyPresent: keyPresent)
    }

    /// Whether a finding that rests on a field being missing is reported, for a field read
    /// as a `FieldValue` (see `reportsMissing(keyPresent:)`); true for a field that is there.
    public func reportsMissing(_ value: FieldValue) -> Bool {
        guard case .absent(_, let keyPresent) = value else { return true }
        return reportsMissing(keyPresent: keyPresent)
    }
}
