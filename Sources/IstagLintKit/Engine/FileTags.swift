/// What a file's objects say about tags, for the checks that compare objects (IST212,
/// IST215) within the file and across the files of a run (`TagIndex`).
public struct FileTags: Sendable {
    /// The tags the objects define.
    public var definitions: [TagDefinition] = []
    /// The tags their references track.
    public var sources: [TagSource] = []
    /// The streams whose tags are all known.
    public var streams: [StreamDefinition] = []

    /// Nothing.
    public init() {}

    /// Whether the file says nothing about tags.
    public var isEmpty: Bool { definitions.isEmpty && sources.isEmpty && streams.isEmpty }

    /// Leaves out what the objects at `refused` say: the server refuses them.
    mutating func removeAll(of refused: Set<Int>) {
        definitions.removeAll { refused.contains($0.object) }
        sources.removeAll { refused.contains($0.object) }
        streams.removeAll { refused.contains($0.object) }
    }
}
