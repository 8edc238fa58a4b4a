import YAMLTree

/// The import state an exported ImageStreamTag shows: its spec generation, the generation of
/// the image it holds, and its conditions.
struct ImportStatus {
    /// One entry of `conditions`.
    struct Condition {
        var index: Int
        var node: NodeID
        var type: StringField
        var status: StringField
        var generation: (value: Int64, range: SourceRange)?
    }

    /// `tag.generation`: the generation the user asked for.
    var specGeneration: (value: Int64, range: SourceRange)?
    /// `generation`: the generation of the image shown.
    var observedGeneration: (value: Int64, range: SourceRange)?
    /// `conditions`, in order.
    var conditions: [Condition]

    /// Reads the import state of an object.
    init(_ object: LintObject) {
        specGeneration = object.int("tag", "generation")
        observedGeneration = object.int("generation")
        conditions = object.items("conditions").filter { object.document.isMapping($0.node) }.map { index, node in
            Condition(
                index: index, node: node, type: object.string(in: node, "type"), status: object.string(in: node, "status"),
                generation: object.int(in: node, "generation"))
        }
    }

    /// Whether a condition describes an older spec generation than the one asked for.
    func isStale(_ condition: Condition) -> Bool {
        guard let spec = specGeneration?.value, let observed = condition.generation?.value else { return false }
        return observed < spec
    }

    /// The current `ImportSuccess` conditions whose status is `False`.
    var failures: [Condition] {
        conditions.filter { $0.type.text == "ImportSuccess" && $0.status.text == "False" && !isStale($0) }
    }
}
