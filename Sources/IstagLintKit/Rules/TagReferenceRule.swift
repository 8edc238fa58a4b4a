/// A rule over a tag reference (`TagReference`): written once against the reference's view,
/// so it runs wherever a tag reference appears (an ImageStreamTag's `tag`, each of an
/// ImageStream's `spec.tags`). It runs only where the reference is a mapping: a missing `tag`
/// is `TagMissingRule`'s, one of the wrong type the wrong-type rule's.
protocol TagReferenceRule: ObjectRule {
    /// The findings for one tag reference of an object.
    func check(_ tag: TagReference, of object: LintObject) -> [Finding]
}

extension TagReferenceRule {
    /// A tag reference is the same type in every kind that holds one.
    static var kinds: [ObjectKind] { ObjectKind.streamKinds }

    func check(_ object: LintObject) -> [Finding] {
        var findings: [Finding] = []
        for tag in object.tagReferences { findings += check(tag, of: object) }
        return findings
    }
}
