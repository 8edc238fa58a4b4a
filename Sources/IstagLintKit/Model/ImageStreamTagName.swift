/// An ImageStreamTag's `metadata.name` split as the server splits it
/// (`imageutil.SplitImageStreamTag`): at its first colon byte, not at a Swift Character, which
/// a combining mark after the colon would fuse with it.
struct ImageStreamTagName {
    /// The part before the colon: the stream.
    let stream: String
    /// The part after it: the tag (may be empty).
    let tag: String

    /// Splits a name; nil when it has no colon.
    init?(_ name: String) {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        stream = String(Substring(name.unicodeScalars[..<colon]))
        tag = String(Substring(name.unicodeScalars[name.utf8.index(after: colon)...]))
    }
}
