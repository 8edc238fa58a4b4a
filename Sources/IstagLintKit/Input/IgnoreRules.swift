#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The ignore files in force during a folder walk, as git applies them: inside a git
/// repository only (a folder holding `.git`, a folder or a worktree's file), the repository's
/// `info/exclude`, then each `.gitignore` from the repository root down to the folder walked,
/// a deeper file winning over a higher one. A repository nested in the walk starts afresh: the
/// outer repository's files do not apply inside it, as git does not apply them to a submodule.
///
/// The files form a stack that follows the walk's folders: a folder's position holds, for each
/// file in force, the node its path reached in that file's patterns, so a name costs one step
/// per file in force.
struct IgnoreRules {
    /// Where a folder stands: the first file in force, and its path's node in each file from there.
    struct Position {
        /// The index of the first file in force (a nested repository starts above the outer one's).
        var first: Int
        var nodes: [GlobSet.Node]
        /// Whether the folder is inside a git repository: `.gitignore` files count only there.
        var inRepository: Bool

        /// Outside any repository: nothing in force.
        static let none = Position(first: 0, nodes: [], inRepository: false)
    }

    /// Why a path is ignored: the file and the pattern that decided.
    struct Reason {
        var file: String
        var pattern: IgnoreFile.Pattern

        /// `"build/" in .gitignore:3`, for `--verbose`.
        var description: String { "\"\(pattern.text)\" in \(file):\(pattern.line)" }
    }

    private var files: [IgnoreFile] = []
    private let spelling: PathSpelling

    /// Rules read and spelled as `spelling` spells paths.
    init(spelling: PathSpelling) {
        self.spelling = spelling
    }

    /// The number of files on the stack, to return to when the walk leaves a folder.
    var count: Int { files.count }

    /// Drops the files read below a folder the walk leaves.
    mutating func truncate(to count: Int) {
        if files.count > count { files.removeSubrange(count...) }
    }

    /// Why a file `name` in the folder at `position` is ignored, or nil when it is not.
    func reason(forFile name: String, at position: Position) -> Reason? {
        for offset in position.nodes.indices.reversed() {
            let file = files[position.first + offset]
            if let pattern = file.decision(forFile: name, in: position.nodes[offset]) {
                return pattern.negated ? nil : Reason(file: file.source, pattern: pattern)
            }
        }
        return nil
    }

    /// The position of a folder `name` inside the folder at `position`, and why that folder is
    /// ignored (nil when it is not).
    mutating func enter(folder name: String, from position: Position) -> (Position, Reason?) {
        var next = position
        var reason: Reason?
        var decided = false
        for offset in position.nodes.indices.reversed() {
            let (node, pattern) = files[position.first + offset].enter(folder: name, from: position.nodes[offset])
            next.nodes[offset] = node
            if !decided, let pattern {
                decided = true
                if !pattern.negated { reason = Reason(file: files[position.first + offset].source, pattern: pattern) }
            }
        }
        return (next, reason)
    }

    /// The position of a folder whose listing is known: a folder holding `.git` starts a
    /// repository (its `info/exclude` read), and its `.gitignore` is read when it is in one.
    /// `directory` is the path to open it by.
    mutating func settle(_ position: Position, directory: InputPath, holdsGit: Bool, holdsIgnoreFile: Bool) -> Position {
        var settled = position
        if holdsGit {
            settled = Position(first: files.count, nodes: [], inRepository: true)
            if let exclude = IgnoreRules.excludeFile(ofRepository: directory) {
                push(exclude, source: spelled(exclude), onto: &settled)
            }
        }
        if holdsIgnoreFile && settled.inRepository {
            let file = directory.appending(Array(".gitignore".utf8))
            push(file, source: file.display, onto: &settled)
        }
        return settled
    }

    /// The position of a folder named on the command line, by its real path: the files of
    /// the repository it is in, from the root down to its parent, read and stepped through
    /// (the folder's own files come with `settle`).
    mutating func position(ofRoot real: [UInt8]) -> Position {
        let names = real.split(separator: UInt8(ascii: "/")).map(Array.init)
        // The repository: the nearest folder at or above the root that holds `.git`.
        var depth = names.count
        while !IgnoreRules.holdsGit(IgnoreRules.join(names[..<depth])) {
            guard depth > 0 else { return .none }
            depth -= 1
        }
        // The root is the repository's root: `settle` reads its files.
        guard depth < names.count else { return Position(first: files.count, nodes: [], inRepository: false) }
        var position = Position(first: files.count, nodes: [], inRepository: true)
        var folder = InputPath(bytes: IgnoreRules.join(names[..<depth]))
        if let exclude = IgnoreRules.excludeFile(ofRepository: folder) {
            push(exclude, source: spelled(exclude), onto: &position)
        }
        for name in names[depth...] {
            let file = folder.appending(Array(".gitignore".utf8))
            if access(file.cString, F_OK) == 0 { push(file, source: spelled(file), onto: &position) }
            // Named on the command line, the root is walked even if ignored.
            position = enter(folder: InputPath.escaped(name), from: position).0
            folder = folder.appending(name)
        }
        return position
    }

    private static func holdsGit(_ folder: [UInt8]) -> Bool {
        access(cString(folder == [UInt8(ascii: "/")] ? Array("/.git".utf8) : folder + Array("/.git".utf8)), F_OK) == 0
    }

    /// Reads an ignore file onto the stack; one that cannot be read counts as empty.
    private mutating func push(_ path: InputPath, source: String, onto position: inout Position) {
        guard case .success(.bytes(let bytes)) = FileReader.contents(of: path, sizeLimit: 1 << 24) else { return }
        let file = IgnoreFile(bytes, source: source)
        guard !file.isEmpty else { return }
        truncate(to: position.first + position.nodes.count)
        files.append(file)
        position.nodes.append(file.start)
    }

    private func spelled(_ path: InputPath) -> String {
        spelling.spelling(of: path.display)
    }

    /// The `info/exclude` of the repository whose root is `root`: in `.git/`, or for a
    /// worktree (`.git` a file saying `gitdir: …`) in the common git folder.
    private static func excludeFile(ofRepository root: InputPath) -> InputPath? {
        let dotGit = root.appending(Array(".git".utf8))
        var info = stat()
        guard stat(dotGit.cString, &info) == 0 else { return nil }
        var gitDirectory = dotGit
        if info.st_mode & S_IFMT == S_IFREG {
            guard case .success(.bytes(let bytes)) = FileReader.contents(of: dotGit, sizeLimit: 1 << 16), let target = firstLine(bytes),
                target.hasPrefix("gitdir:")
            else { return nil }
            gitDirectory = resolve(String(target.dropFirst("gitdir:".count)).trimmingASCIIWhitespace(), against: root)
            let common = gitDirectory.appending(Array("commondir".utf8))
            if case .success(.bytes(let bytes)) = FileReader.contents(of: common, sizeLimit: 1 << 16), let line = firstLine(bytes) {
                gitDirectory = resolve(line.trimmingASCIIWhitespace(), against: gitDirectory)
            }
        }
        let exclude = gitDirectory.appending(Array("info/exclude".utf8))
        return access(exclude.cString, R_OK) == 0 ? exclude : nil
    }

    private static func firstLine(_ bytes: [UInt8]) -> String? {
        guard let line = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).first else { return nil }
        return String(decoding: line, as: UTF8.self)
    }

    private static func resolve(_ path: String, against directory: InputPath) -> InputPath {
        path.hasPrefix("/") ? InputPath(path) : directory.appending(Array(path.utf8))
    }

    private static func join(_ names: ArraySlice<[UInt8]>) -> [UInt8] {
        var path: [UInt8] = []
        for name in names { path += [UInt8(ascii: "/")] + name }
        return path.isEmpty ? [UInt8(ascii: "/")] : path
    }

    private static func cString(_ bytes: [UInt8]) -> [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }
}
