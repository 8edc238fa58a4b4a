import YAMLTree

/// The import state an export shows for one tag: the generation asked for, the generation of
/// the image shown, and the tag's conditions. An ImageStreamTag has one (`tag.generation`,
/// `generation`, `conditions`); an ImageStream one for each `status.tags` entry (the spec tag of
/// that name's `generation`, the newest `items` event's, and the entry's `conditions`), the
/// same `TagEventCondition` type where it appears.
struct ImportStatus: Sendable {
    /// One entry of `conditions`.
    struct Condition: Sendable {
        /// The view of the condition's mapping.
        var view: FieldView
        var type: StringField
        var status: StringField
        var generation: (value: Int64, range: SourceRange)?
    }

    /// The view that holds the generation asked for (an ImageStreamTag's `tag`, a spec tag).
    var specView: FieldView?
    /// `generation` of `specView`.
    var specGeneration: (value: Int64, range: SourceRange)?
    /// The view that holds the generation of the image shown (an ImageStreamTag's root, the
    /// newest event of a status tag).
    var observedView: FieldView?
    /// `generation` of `observedView`.
    var observedGeneration: (value: Int64, range: SourceRange)?
    var conditions: [Condition]

    /// The state of a tag: `spec` and `observed` hold the generations, `owner` the conditions.
    init(spec: FieldView?, observed: FieldView?, conditionsOf owner: FieldView) {
        specView = spec
        specGeneration = spec?.int("generation")
        observedView = observed
        observedGeneration = observed?.int("generation")
        conditions = owner.items("conditions").filter { $0.node != nil }.map { condition in
            Condition(view: condition, type: condition.string("type"), status: condition.string("status"), generation: condition.int("generation"))
        }
    }

    /// The import states of an object: one for an ImageStreamTag, one for each status tag of
    /// an ImageStream, none for other kinds.
    static func of(kind: ObjectKind, root: FieldView, tagReferences: [TagReference]) -> [ImportStatus] {
        switch kind {
        case .imageStreamTag:
            return [ImportStatus(spec: tagReferences.first?.view, observed: root, conditionsOf: root)]
        case .imageStream:
            return root.items("status", "tags").compactMap { tagStatus in
                guard tagStatus.node != nil else { return nil }
                let name = tagStatus.string("tag").text
                // The conversion keeps the last spec tag of a name.
                let spec = name.flatMap { name in tagReferences.last { $0.view.string("name").text == name }?.view }
                return ImportStatus(spec: spec, observed: tagStatus.items("items").first, conditionsOf: tagStatus)
            }
        case .image, .imageSignature:
            return []
        }
    }

    /// Whether a condition is about an earlier generation than the one asked for.
    func isStale(_ condition: Condition) -> Bool {
        guard let spec = specGeneration?.value, let observed = condition.generation?.value else { return false }
        return observed < spec
    }

    /// The `ImportSuccess` conditions with status `False` that are not stale.
    var failures: [Condition] {
        conditions.filter { $0.type.text == "ImportSuccess" && $0.status.text == "False" && !isStale($0) }
    }
}
