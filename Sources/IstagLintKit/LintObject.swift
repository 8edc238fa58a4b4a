import YAMLTree

/// One Kubernetes object to lint: a top-level document, or an item of a `List` or an
/// `ImageStreamTagList`.
///
/// Its parts live in one shared, immutable box: rules and list items pass objects around,
/// and a copy then costs one reference count instead of one for every array and string.
public struct LintObject: Sendable {
    /// The box. The values read once are filled in by `LintObject.init`, through the object
    /// being made, before the box is shared: one box per object, never written afterwards.
    private final class Storage: @unchecked Sendable {
        let document: Document
        let node: NodeID
        let path: FieldPath
        let identity: ObjectIdentity
        let applyMode: ApplyMode
        let isPartial: Bool
        let shape: ShapeCheck
        /// The root's `metadata`, `tag` and `image` entries: most lookups start with one.
        let rootEntries: (metadata: MappingEntry?, tag: MappingEntry?, image: MappingEntry?)
        /// `metadata.name`, `metadata.namespace`, `tag.from.kind` and `tag.from.name`, in the
        /// order of `LintObject.commonStringPaths`; empty until read.
        var commonStrings: [StringField] = []
        /// Whether the object is a copy of a live object, worked out once.
        var isExport: Bool?
        var dockerImageSource: DockerImageSource?
        var importStatus: ImportStatus?
        var tagFromReference: ParsedReference?
        var imageReference: ParsedReference?

        init(
            document: Document, node: NodeID, path: FieldPath, identity: ObjectIdentity, applyMode: ApplyMode, isPartial: Bool,
            shape: ShapeCheck, rootEntries: (metadata: MappingEntry?, tag: MappingEntry?, image: MappingEntry?)
        ) {
            self.document = document
            self.node = node
            self.path = path
            self.identity = identity
            self.applyMode = applyMode
            self.isPartial = isPartial
            self.shape = shape
            self.rootEntries = rootEntries
        }
    }

    private let storage: Storage

    /// The document that holds the object.
    public var document: Document { _read { yield storage.document } }
    /// The object's mapping node (aliases already resolved).
    public var node: NodeID { storage.node }
    /// The path of the object from the document root: empty, or `items[2]`.
    public var path: FieldPath { _read { yield storage.path } }
    /// The object's kind, namespace and name as far as they are strings.
    public var identity: ObjectIdentity { _read { yield storage.identity } }
    /// How the object is applied.
    public var applyMode: ApplyMode { storage.applyMode }
    /// Whether the object is partial: a kustomize patch, merged into a complete object of its
    /// base before it is applied. A field it leaves out is the base's, so no finding may rest
    /// on a field it does not write (`reportsMissing(keyPresent:)`); one it writes as null or
    /// "" is reported, since merged it deletes or empties the base's value.
    public var isPartial: Bool { storage.isPartial }
    /// The schema pass over the object, run once and shared by every rule.
    public var shape: ShapeCheck { _read { yield storage.shape } }
    /// `tag.from` when it names a parsable `DockerImage`, read once for the rules that ask.
    var dockerImageSource: DockerImageSource? { _read { yield storage.dockerImageSource } }
    /// `tag.from.name` with its parse, when `tag.from.kind` is `DockerImage`.
    var tagFromReference: ParsedReference? { _read { yield storage.tagFromReference } }
    /// `image.dockerImageReference` with its parse, when it is a non-empty string.
    var imageReference: ParsedReference? { _read { yield storage.imageReference } }
    /// The import state (generations and conditions), read once for the rules that ask.
    var importStatus: ImportStatus { storage.importStatus ?? ImportStatus(self) }

    /// The entry for a key of the object's root mapping, as `Document.entry(forKey:in:)`
    /// finds it; the common first keys are looked up once per object.
    func rootEntry(forKey key: String) -> MappingEntry? {
        switch key {
        case "metadata": return storage.rootEntries.metadata
        case "tag": return storage.rootEntries.tag
        case "image": return storage.rootEntries.image
        default: return document.entry(forKey: key, in: node)
        }
    }

    /// The string fields read once per object: most rules read one of them.
    static let commonStringPaths = [["metadata", "name"], ["metadata", "namespace"], ["tag", "from", "kind"], ["tag", "from", "name"]]

    /// A string field read once when the object was made, or nil for other paths.
    func commonString(_ keys: [String]) -> StringField? {
        guard keys.count == 2 || keys.count == 3, !storage.commonStrings.isEmpty else { return nil }
        for (index, path) in LintObject.commonStringPaths.enumerated() where path == keys { return storage.commonStrings[index] }
        return nil
    }

    /// `isExport` as worked out when the object was made.
    var storedIsExport: Bool? { storage.isExport }

    /// Creates an object view and runs the schema pass over it; `partial` says it is a
    /// kustomize patch (see `isPartial`).
    public init(
        document: Document, node: NodeID, path: FieldPath, identity: ObjectIdentity, applyMode: ApplyMode = .default, partial: Bool = false
    ) {
        let shape = ShapeCheck(object: node, path: path, schema: SchemaCatalog.imageStreamTag, in: document)
        let rootEntries = (
            document.entry(forKey: "metadata", in: node), document.entry(forKey: "tag", in: node),
            document.entry(forKey: "image", in: node))
        storage = Storage(
            document: document, node: node, path: path, identity: identity, applyMode: applyMode, isPartial: partial, shape: shape,
            rootEntries: rootEntries)
        // Read through the object itself, then kept in its box (the readers below see the
        // values not yet filled in as missing, and so read the document).
        let commonStrings = LintObject.commonStringPaths.map { string($0, from: nil) }
        var tagFromReference: ParsedReference?
        if case .value("DockerImage", _) = commonStrings[2] {
            tagFromReference = ParsedReference(commonStrings[3])
        }
        let isExport = LintObject.isExport(self)
        let importStatus = ImportStatus(self)
        let imageReference = ParsedReference(string("image", "dockerImageReference"))
        storage.commonStrings = commonStrings
        storage.isExport = isExport
        storage.dockerImageSource = tagFromReference.flatMap(DockerImageSource.init)
        storage.importStatus = importStatus
        storage.tagFromReference = tagFromReference
        storage.imageReference = imageReference
    }
}
