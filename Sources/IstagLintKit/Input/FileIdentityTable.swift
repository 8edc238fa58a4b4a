/// Values by file identity, keyed by a spelling of the identity (`device:inode`) rather than by
/// `FileIdentity` or `Int`s: the first dictionary keyed by a type has the runtime look up that
/// type's `Hashable` conformance, a scan of every conformance in the static binary (about
/// 200 000 instructions), and `String`'s is looked up at start-up anyway. A measurable share
/// of a run on one small file (bench/profile-notes.md).
struct FileIdentityTable<Value> {
    private var values: [String: Value] = [:]

    /// The value of a file, or nil.
    subscript(identity: FileIdentity) -> Value? {
        get { values[FileIdentityTable.key(identity)] }
        set { values[FileIdentityTable.key(identity)] = newValue }
    }

    /// Whether some file's value satisfies a predicate.
    func containsValue(where predicate: (Value) -> Bool) -> Bool {
        values.values.contains(where: predicate)
    }

    private static func key(_ identity: FileIdentity) -> String {
        String(identity.device) + ":" + String(identity.inode)
    }
}
