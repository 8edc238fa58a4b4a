/// Which Kubernetes object a diagnostic belongs to, as far as the document says.
public struct ObjectIdentity: Sendable, Hashable, Codable {
    /// The object's `kind`.
    public var kind: String
    /// `metadata.namespace`, when it is a string.
    public var namespace: String?
    /// `metadata.name`, when it is a string.
    public var name: String?

    /// Creates an identity.
    public init(kind: String, namespace: String? = nil, name: String? = nil) {
        self.kind = kind
        self.namespace = namespace
        self.name = name
    }
}
