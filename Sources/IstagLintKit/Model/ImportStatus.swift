import YAMLTree

/// The import state an exported ImageStreamTag shows: its spec generation, the generation of
/// the image it holds, and its conditions.
struct ImportStatus: Sendable {
    /// One entry of `conditions`.
    struct Condition: Sendable {
        /// The view of the condition's mapping.
        var view: FieldView
        /// Its index in `conditions`.
        var index: Int { view.index ?? 0 }
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

    /// Reads the import state of an object through the view of its root.
    init(_ root: FieldView) {
        specGeneration = root.int("tag", "generation")
        observedGeneration = root.int("generation")
        conditions = root.items("conditions").filter { $0.node != nil }.map { condition in
            Condition(view: condition, type: condition.string("type"), status: condition.string("status"), generation: condition.int("generation"))
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
