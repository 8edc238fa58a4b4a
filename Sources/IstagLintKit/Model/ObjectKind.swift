/// A kind of object istaglint lints, with the schema its root has.
public enum ObjectKind: Sendable, CaseIterable {
    /// `ImageStreamTag`: one tag of a stream, its `tag` a tag reference.
    case imageStreamTag
    /// `ImageStream`: a stream, each of its `spec.tags` a tag reference.
    case imageStream

    /// The kind as a manifest writes it.
    public var name: String {
        switch self {
        case .imageStreamTag: return "ImageStreamTag"
        case .imageStream: return "ImageStream"
        }
    }

    /// The kind a manifest names, if istaglint lints it.
    public init?(named name: String) {
        switch name {
        case "ImageStreamTag": self = .imageStreamTag
        case "ImageStream": self = .imageStream
        default: return nil
        }
    }

    /// The kind whose list a manifest names (`ImageStreamList`), if istaglint lints it.
    public init?(listNamed name: String) {
        guard name.hasSuffix("List"), let kind = ObjectKind(named: String(name.dropLast(4))) else { return nil }
        self = kind
    }

    /// The schema of the object's root.
    var schema: ObjectSchema {
        switch self {
        case .imageStreamTag: return SchemaCatalog.imageStreamTag
        case .imageStream: return SchemaCatalog.imageStream
        }
    }
}
