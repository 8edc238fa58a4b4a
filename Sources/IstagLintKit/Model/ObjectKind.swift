/// A kind of object istaglint lints, with the schema its root has.
public enum ObjectKind: Sendable, CaseIterable {
    /// `ImageStreamTag`: one tag of a stream, its `tag` a tag reference.
    case imageStreamTag
    /// `ImageStream`: a stream, each of its `spec.tags` a tag reference.
    case imageStream
    /// `Image`: one image (cluster-scoped), the type an ImageStreamTag embeds as `image`.
    case image
    /// `ImageSignature`: one signature of an image (cluster-scoped), the type an image lists
    /// as `signatures`.
    case imageSignature

    /// The kinds of a stream and its tags, namespaced: the rules of names, namespaces and
    /// the stream's annotations run on these.
    public static let streamKinds: [ObjectKind] = [.imageStreamTag, .imageStream]

    /// The kinds that are or embed an image: the image rules run on these.
    public static let imageKinds: [ObjectKind] = [.imageStreamTag, .image]
    /// The kinds that are or hold signatures: the signature rules run on these.
    public static let signatureKinds: [ObjectKind] = [.imageStreamTag, .image, .imageSignature]

    /// The kind as a manifest writes it.
    public var name: String {
        switch self {
        case .imageStreamTag: return "ImageStreamTag"
        case .imageStream: return "ImageStream"
        case .image: return "Image"
        case .imageSignature: return "ImageSignature"
        }
    }

    /// The kind a manifest names, if istaglint lints it.
    public init?(named name: String) {
        guard let kind = ObjectKind.allCases.first(where: { $0.name == name }) else { return nil }
        self = kind
    }

    /// The kind whose list a manifest names (`ImageStreamList`), if istaglint lints it. The
    /// group serves no list of signatures.
    public init?(listNamed name: String) {
        guard name.hasSuffix("List"), let kind = ObjectKind(named: String(name.dropLast(4))), kind != .imageSignature else { return nil }
        self = kind
    }

    /// The schema of the object's root.
    var schema: ObjectSchema {
        switch self {
        case .imageStreamTag: return SchemaCatalog.imageStreamTag
        case .imageStream: return SchemaCatalog.imageStream
        case .image: return SchemaCatalog.image
        case .imageSignature: return SchemaCatalog.imageSignature
        }
    }
}
