/// A document the client has open: its text as the client last sent it, its version, and a
/// revision that counts every change, so a lint of an older text is recognised as stale.
struct OpenDocument: Sendable {
    /// The client's URI.
    var uri: String
    /// The file the URI names, absolute; for a URI that names no file, the URI itself.
    var path: String
    /// The client's version.
    var version: Int?
    /// The text.
    var text: DocumentText
    /// Changes since the document was opened, counted by the server.
    var revision = 0
}
