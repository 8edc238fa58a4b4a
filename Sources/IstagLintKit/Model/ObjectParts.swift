import YAMLTree

/// What every view of one object reads: its document, its node and path, and the schema pass
/// over it. One immutable box per object, so that a view of the object (or of a mapping
/// inside it) holds it with one reference count instead of one for each of the document's
/// buffers.
final class ObjectParts: Sendable {
    /// The document that holds the object.
    let document: Document
    /// The object's mapping node (aliases resolved).
    let node: NodeID
    /// The object's path from the document root: empty, or `items[2]`.
    let path: FieldPath
    /// The schema pass over the object: values it reports as the wrong type read as `.invalid`.
    let shape: ShapeResult
    /// Whether the object is partial: a kustomize patch (`LintObject.isPartial`).
    let isPartial: Bool
    /// Where a finding about a missing top-level field points: the `kind` key (every object
    /// linted has one), else the object's start.
    let missingFieldAnchor: SourceRange
    /// The root's `metadata`, `tag` and `image` entries, found once: most reads start with one.
    private let metadataEntry: MappingEntry?
    private let tagEntry: MappingEntry?
    private let imageEntry: MappingEntry?

    /// Runs the schema pass over an object whose root has the type `schema`.
    init(document: Document, node: NodeID, path: FieldPath, schema: ObjectSchema, isPartial: Bool, opaque: Set<NodeID> = []) {
        self.document = document
        self.isPartial = isPartial
        self.node = node
        self.path = path
        shape = ShapeResult(object: node, path: path, schema: schema, in: document, opaque: opaque)
        missingFieldAnchor = document.entry(forKey: "kind", in: node).map { document[$0.key].range } ?? SourceRange(at: document[node].range.start)
        metadataEntry = document.entry(forKey: "metadata", in: node)
        tagEntry = document.entry(forKey: "tag", in: node)
        imageEntry = document.entry(forKey: "image", in: node)
    }

    /// The entry for a key of the object's root mapping, as `Document.entry(forKey:in:)` finds it.
    func rootEntry(forKey key: String) -> MappingEntry? {
        switch key {
        case "metadata": return metadataEntry
        case "tag": return tagEntry
        case "image": return imageEntry
        default: return document.entry(forKey: key, in: node)
        }
    }
}
