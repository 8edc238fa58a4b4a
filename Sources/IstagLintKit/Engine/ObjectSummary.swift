import YAMLTree

/// One ImageStreamTag object a file holds: where it is and what it is called, for reporters
/// that list objects (JUnit's test cases).
public struct ObjectSummary: Sendable, Hashable {
    /// The 0-based index of its document.
    public var document: Int
    /// Its kind, namespace and name.
    public var identity: ObjectIdentity
    /// Where its mapping is written.
    public var range: SourceRange

    /// Describes an object.
    public init(document: Int, identity: ObjectIdentity, range: SourceRange) {
        self.document = document
        self.identity = identity
        self.range = range
    }
}
