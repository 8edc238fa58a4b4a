import IstagLintKit
import Testing

/// Which configuration file governs a folder: the nearest at or above it, up to the repository
/// root; outside a repository, up to the working directory, or the folder alone.
struct ConfigurationSetTests {
    /// A set over a file system that holds `paths` (and nothing else), working in `/work/repo/sub`.
    private func configurations(_ paths: Set<String>, workingDirectory: String = "/work/repo/sub") -> ConfigurationSet {
        ConfigurationSet(nearest: PathSpelling(workingDirectory: workingDirectory), exists: { paths.contains($0) })
    }

    private func found(_ set: inout ConfigurationSet, _ folder: String) -> ConfigurationSet.Event? {
        _ = set.index(forFolder: folder)
        return set.takeEvents().first
    }

    @Test func theSearchStopsAtTheRepositoryRoot() {
        var set = configurations(["/work/.istaglint.yaml", "/work/repo/.git"])
        #expect(set.index(forFolder: "/work/repo/sub/deeper") == 0)
        #expect(
            set.takeEvents() == [
                .notFound(folder: "deeper", looked: "looked for .istaglint.yaml from /work/repo/sub/deeper up to the repository root /work/repo")
            ])
        // Told once per repository.
        #expect(set.index(forFolder: "/work/repo") == 0)
        #expect(set.takeEvents() == [])
    }

    @Test func outsideARepositoryTheWorkingDirectoryOrTheFolderItselfIsTheLimit() {
        let paths: Set<String> = ["/work/.istaglint.yaml", "/work/repo/sub/.istaglint.yaml", "/elsewhere/own/.istaglint.yaml"]
        var set = configurations(paths)
        // Inside the working directory, a file above it (in a shared parent) never counts.
        #expect(set.index(forFolder: "/work/repo") == 0)
        #expect(set.takeEvents() == [.notFound(folder: "/work/repo", looked: "looked for .istaglint.yaml in /work/repo, which is not in a git repository")])
        // Outside it, only the folder's own.
        #expect(set.index(forFolder: "/elsewhere/own/below") == 0)
        #expect(
            set.takeEvents() == [
                .notFound(folder: "/elsewhere/own/below", looked: "looked for .istaglint.yaml in /elsewhere/own/below, which is not in a git repository")
            ])
    }
}
