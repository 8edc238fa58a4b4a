import YAMLTree

/// A Template's objects as processing would leave them, worked out once for the document:
/// every string of the objects (keys and values) with its parameters substituted, the values
/// that stay unknown, and the references to names no parameter has.
struct TemplateSubstitution: Sendable {
    /// A `${NAME}` whose name no parameter has: processing leaves it as written.
    struct UnknownReference: Sendable {
        /// The string that holds it.
        var node: NodeID
        /// The name.
        var name: String
        /// The object that holds it: its node and its path (`objects[2]`).
        var object: NodeID
        var objectPath: FieldPath
    }

    /// The document with the substituted strings: ranges still point at what was written.
    let document: Document
    /// The strings whose value is unknown before processing.
    let opaque: Set<NodeID>
    /// The references to unknown names, in document order.
    let unknownReferences: [UnknownReference]
    /// Where the strings that hold a parameter are written: what a finding there reads is not
    /// the text, so a fix must not replace it (it would write over `${NAME}`).
    let substitutedRanges: [SourceRange]

    /// Substitutes `parameters` into the strings under `objects` (each a node and its path).
    init(_ document: Document, objects: [(node: NodeID, path: FieldPath)], parameters: TemplateParameters) {
        var replacements: [NodeID: (text: String, style: ScalarStyle)] = [:]
        var opaque: Set<NodeID> = []
        var unknown: [UnknownReference] = []
        var visited: Set<NodeID> = []
        for (object, path) in objects {
            var pending = [object]
            while let node = pending.popLast() {
                guard let node = document.resolved(node), visited.insert(node).inserted else { continue }
                if let entries = document.entries(of: node) {
                    for entry in entries {
                        pending.append(entry.value)
                        pending.append(entry.key)
                    }
                } else if let items = document.items(of: node) {
                    pending += items.reversed()
                } else if let text = document.text(of: node) {
                    let (substitution, names) = parameters.substitution(of: text)
                    unknown += names.map { UnknownReference(node: node, name: $0, object: object, objectPath: path) }
                    switch substitution {
                    case .unchanged: break
                    case .opaque: opaque.insert(node)
                    case .text(let text, let style): replacements[node] = (text, style)
                    }
                }
            }
        }
        self.document = replacements.isEmpty ? document : document.replacingScalars { replacements[$0] }
        self.opaque = opaque
        unknownReferences = unknown.sorted { $0.node < $1.node }
        substitutedRanges = (Array(replacements.keys) + Array(opaque)).map { document[$0].range }
    }
}
