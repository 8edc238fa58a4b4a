import YAMLTree

/// A tag reference (the API's `TagReference`): the `tag` of an ImageStreamTag, and each item of
/// an ImageStream's `spec.tags`. Rules over a tag reference (`TagReferenceRule`) read it
/// through its view, so they run wherever one appears; the values several of them read are
/// read once, here. A class with constants only, so that handing it to each rule costs one
/// reference count rather than a copy of every value in it.
public final class TagReference: Sendable {
    /// The view of the reference's mapping.
    public let view: FieldView
    /// `from.kind`.
    public let fromKind: StringField
    /// `from.name`.
    public let fromName: StringField
    /// `from.name` with its parse, when `from.kind` is `DockerImage`.
    let fromReference: ParsedReference?
    /// `from` when it names a parsable `DockerImage`.
    let dockerImageSource: DockerImageSource?

    /// Reads a tag reference's common values through its view.
    init(_ view: FieldView) {
        self.view = view
        fromKind = view.string("from", "kind")
        fromName = view.string("from", "name")
        if case .value("DockerImage", _) = fromKind {
            fromReference = ParsedReference(fromName)
        } else {
            fromReference = nil
        }
        dockerImageSource = fromReference.flatMap(DockerImageSource.init)
    }
}
