import YAMLTree

/// One Kubernetes object to lint: a top-level document, or an item of a `List` or an
/// `ImageStreamTagList`.
public struct LintObject: Sendable {
    /// The document that holds the object.
    public let document: Document
    /// The object's mapping node (aliases already resolved).
    public let node: NodeID
    /// The path of the object from the document root: empty, or `items[2]`.
    public let path: FieldPath
    /// The object's kind, namespace and name as far as they are strings.
    public let identity: ObjectIdentity
    /// The schema pass over the object, run once and shared by every rule.
    public let shape: ShapeCheck

    /// Creates an object view and runs the schema pass over it.
    public init(document: Document, node: NodeID, path: FieldPath, identity: ObjectIdentity) {
        self.document = document
        self.node = node
        self.path = path
        self.identity = identity
        self.shape = ShapeCheck(object: node, path: path, schema: SchemaCatalog.imageStreamTag, in: document)
    }
}
