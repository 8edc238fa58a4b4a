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
/// surely as a run over the whole tree. Each folder is looked at once per run, and each
/// kustomization read once; the answers are shared by the threads that lint.
public final class KustomizePatches: Sendable {
    /// What one folder holds: its kustomization's patches, as absolute paths, and whether it
    /// is a repository root (where the search upwards stops).
    private struct Folder {
        var patches: Set<String>
        var isRepositoryRoot: Bool
    }

    private let workingDirectory: String
    private let folders = Mutex<[String: Folder]>([:])
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
        var directory = PathArithmetic.directory(of: absolute)
        while true {
            let folder = self.folder(directory)
            if folder.patches.contains(absolute) { return true }
            guard !folder.isRepositoryRoot, directory != "/" else { return false }
            directory = PathArithmetic.directory(of: directory)
        }
    }

    /// What a folder holds, looked at on first use.
    private func folder(_ directory: String) -> Folder {
        folders.withLock { folders in
            if let known = folders[directory] { return known }
            let prefix = directory == "/" ? "" : directory
            var patches: Set<String> = []
            if let name = Kustomization.fileNames.first(where: { exists(prefix + "/" + $0) }), let bytes = read(prefix + "/" + name) {
                patches = Set(Kustomization.patchPaths(in: bytes).map { PathArithmetic.absolute($0, from: directory) })
            }
            let folder = Folder(patches: patches, isRepositoryRoot: exists(prefix + "/.git"))
            folders[directory] = folder
            return folder
        }
    }
}
