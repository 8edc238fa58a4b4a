import YAMLTree

/// The schema pass: walks an object against the field tables and reports unknown fields,
/// values of the wrong type and YAML 1.1 booleans, as the server's strict JSON decoder would
/// see them after kubectl turned the YAML into JSON.
///
/// Holds only what the pass found: the walk itself (`ShapePass`) and its scratch space are
/// gone when the object is made, so copying the result costs two reference counts.
public struct ShapeResult: Sendable {
    /// What the pass found, in source order.
    public let issues: [ShapeIssue]
    /// Nodes whose value is of the wrong type; rules that read values skip them.
    public let invalidNodes: Set<NodeID>

    /// Whether the pass found a node's value of the wrong type (no hashing when it found none).
    public func isInvalid(_ node: NodeID) -> Bool {
        !invalidNodes.isEmpty && invalidNodes.contains(node)
    }

    /// Runs the pass over one object whose root has the type `schema`.
    /// `opaque` are the values a template's parameters leave unknown: neither checked nor read.
    public init(object root: NodeID, path: FieldPath, schema: ObjectSchema, in document: Document, opaque: Set<NodeID> = []) {
        var pass = ShapePass(rootPath: path, opaque: opaque)
        pass.run(root: root, schema: schema, in: document)
        issues = pass.issues.sorted { $0.range.start.offset < $1.range.start.offset }
        invalidNodes = pass.invalidNodes
    }
}
