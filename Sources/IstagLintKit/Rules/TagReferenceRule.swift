/// A rule over a tag reference (`TagReference`): written once against the reference's view,
/// so it runs wherever a tag reference appears (an ImageStreamTag's `tag` today). It runs only
/// where the reference is a mapping: a missing `tag` is `TagMissingRule`'s, one of the wrong
/// type the wrong-type rule's.
protocol TagReferenceRule: ObjectRule {
    /// The findings for one tag reference of an object.
    func check(_ tag: TagReference, of object: LintObject) -> [Finding]
}

extension TagReferenceRule {
    func check(_ object: LintObject) -> [Finding] {
        guard let tag = object.tag else { return [] }
        return check(tag, of: object)
    }
}
