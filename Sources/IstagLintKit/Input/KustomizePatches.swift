import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The kustomize patches of a run: which files a `kustomization.yaml` names as patches, found
/// beside each linted file or in a folder above it, up to the repository root (the folder
/// holding `.git`).
///
/// kustomize loads a patch only from its kustomization's folder or below (its default load
/// restriction), so the kustomizations in the folders above a file are all that can name it:
/// a run over one changed patch, as a pre-commit hook makes, finds its kustomization as
/// surely as a run over the whole tree. Each folder is looked at once per run (two threads
/// that meet a new folder at the same moment may both look), and the answers are shared by
/// the threads that lint.
public final class KustomizePatches: Sendable {
    private let workingDirectory: String
    /// For each folder looked at: the patches (absolute paths) that the kustomizations in it
    /// and in the folders above it, up to the repository root, name.
    private let scopes = Mutex<[String: Set<String>]>([:])
    private let exists: @Sendable (String) -> Bool
    private let read: @Sendable (String) -> [UInt8]?

    /// Creates an empty index; paths are resolved from `workingDirectory`. `exists` and `read`
    /// reach the file system (tests give their own).
    public init(
        workingDirectory: String,
        exists: @escaping @Sendable (String) -> Bool = { access($0, F_OK) == 0 },
        read: @escaping @Sendable (String) -> [UInt8]? = { try? FileReader.contents(of: $0).get() }
    ) {
        self.workingDirectory = workingDirectory
        self.exists = exists
        self.read = read
    }

    /// Whether a file (as given on the command line or found by a walk, or the name standard
    /// input is linted under) is named as a patch by a kustomization beside it or above it.
    public func isPatch(_ path: String) -> Bool {
        let absolute = PathArithmetic.absolute(path, from: workingDirectory)
        return patches(inScopeOf: PathArithmetic.directory(of: absolute)).contains(absolute)
    }

    /// The patches named in a folder or above it, worked out once per folder from its own
    /// kustomization and its parent's scope (none above a repository root).
    private func patches(inScopeOf directory: String) -> Set<String> {
        if let known = scopes.withLock({ $0[directory] }) { return known }
        let prefix = directory == "/" ? "" : directory
        var patches: Set<String> = []
        if let name = Kustomization.fileNames.first(where: { exists(prefix + "/" + $0) }), let bytes = read(prefix + "/" + name) {
            patches = Set(Kustomization.patchPaths(in: bytes).map { PathArithmetic.absolute($0, from: directory) })
        }
        if directory != "/" && !exists(prefix + "/.git") {
            patches.formUnion(self.patches(inScopeOf: PathArithmetic.directory(of: directory)))
        }
        // Two threads may work out the same folder at once: they find the same answer.
        scopes.withLock { $0[directory] = patches }
        return patches
    }
}
