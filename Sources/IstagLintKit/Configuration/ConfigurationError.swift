import YAMLTree

/// A problem in a configuration file, with where it is.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file.
    public var file: String
    /// Where the problem is.
    public var position: Mark?
    /// A lowercase sentence without a trailing period.
    public var message: String

    /// Creates an error.
    public init(file: String, position: Mark?, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `file:line:col: error: message`, as the text report writes findings.
    public var description: String {
        guard let position else { return "\(file): error: \(message)" }
        return "\(file):\(position.line):\(position.column): error: \(message)"
    }
}
