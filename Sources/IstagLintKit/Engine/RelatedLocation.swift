import YAMLTree

/// Another place a finding is about: the other definition of a duplicate tag. Reports show
/// it beside the finding (SARIF `relatedLocations`, JSON `related`, text "see also").
public struct RelatedLocation: Sendable, Hashable, Codable {
    /// The path of the file, as the finding's file is spelled.
    public var file: String
    /// The characters there.
    public var range: SourceRange
    /// What is there, lowercase without a trailing period.
    public var message: String

    /// Creates a related location.
    public init(file: String, range: SourceRange, message: String) {
        self.file = file
        self.range = range
        self.message = message
    }
}
