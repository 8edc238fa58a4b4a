/// Values by file identity. The keys are the standard library's `Int` (the device, then the
/// inode, as bit patterns), not `FileIdentity`: the first dictionary keyed by a type of our own
/// has the runtime look up that type's `Hashable` conformance, a scan of every conformance in
/// the binary, which is a measurable share of a run on one small file (bench/profile-notes.md).
struct FileIdentityTable<Value> {
    private var byDevice: [Int: [Int: Value]] = [:]

    /// Whether the table holds nothing.
    var isEmpty: Bool { byDevice.isEmpty }

    /// The value of a file, or nil.
    subscript(identity: FileIdentity) -> Value? {
        get { byDevice[Int(truncatingIfNeeded: identity.device)]?[Int(truncatingIfNeeded: identity.inode)] }
        set { byDevice[Int(truncatingIfNeeded: identity.device), default: [:]][Int(truncatingIfNeeded: identity.inode)] = newValue }
    }

    /// Whether some file's value satisfies a predicate.
    func containsValue(where predicate: (Value) -> Bool) -> Bool {
        byDevice.values.contains { $0.values.contains(where: predicate) }
    }
}
