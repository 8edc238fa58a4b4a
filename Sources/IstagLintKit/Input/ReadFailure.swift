/// A path that could not be read: missing, unreadable, or not a regular file.
public struct ReadFailure: Sendable, Hashable, Codable, Error {
    /// The path as given, or as found under a directory that was given.
    public var path: String
    /// A lowercase reason, such as `no such file or directory`.
    public var reason: String

    /// Creates a failure.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
