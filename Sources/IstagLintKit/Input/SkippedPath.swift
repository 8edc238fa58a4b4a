/// A path a folder walk left alone on purpose: a symbolic link that leads outside the folders
/// walked (unless links are followed), anything under /proc, /sys or /dev, which a walk
/// never reads (`/proc/self/environ` holds the environment, and its secrets), a path an ignore
/// file names, or a version-control or tool folder. None makes the run fail; named on the
/// command line, such a path is read.
public struct SkippedPath: Sendable, Hashable {
    /// Why a path was skipped.
    public enum Reason: Sendable, Hashable {
        /// A symbolic link whose target lies outside the folder named on the command line.
        case outsideWalk
        /// The path, or the target of the link, lies under /proc, /sys or /dev.
        case systemFolder
        /// An ignore file names the path; the target says which file and pattern.
        case ignored
        /// A version-control or tool folder (`InputCollector.foldersNeverWalked`).
        case neverWalked
    }

    /// The path as the walk reached it.
    public var path: String
    /// Where it really leads (for an ignored path: the ignore file, line and pattern).
    public var target: String
    /// Whether the path itself is a symbolic link.
    public var isLink: Bool
    /// Why it was skipped.
    public var reason: Reason

    /// Creates a skipped path.
    public init(path: String, target: String, isLink: Bool, reason: Reason) {
        self.path = path
        self.target = target
        self.isLink = isLink
        self.reason = reason
    }

    /// A lowercase sentence that says why, for `--verbose`.
    public var explanation: String {
        let what = isLink ? "a symbolic link to \(target)" : target
        switch reason {
        case .outsideWalk: return "\(what), outside the folders walked"
        case .systemFolder: return "\(what), under /proc, /sys or /dev, never read through a folder walk"
        case .ignored: return "ignored by \(target) (--no-ignore lints it)"
        case .neverWalked: return "a version-control or tool folder, never walked (name it to lint it)"
        }
    }
}
