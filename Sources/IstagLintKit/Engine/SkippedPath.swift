/// A path a folder walk left alone on purpose: a symbolic link that leads outside the folders
/// walked (unless links are followed), or anything under /proc, /sys or /dev, which a walk
/// never reads (`/proc/self/environ` holds the environment, and its secrets). Neither makes
/// the run fail; named on the command line, such a path is read.
public struct SkippedPath: Sendable, Hashable {
    /// Why a path was skipped.
    public enum Reason: Sendable, Hashable {
        /// A symbolic link whose target lies outside the folder named on the command line.
        case outsideWalk
        /// The path, or the target of the link, lies under /proc, /sys or /dev.
        case systemFolder
    }

    /// The path as the walk reached it.
    public var path: String
    /// Where it really leads.
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
        }
    }
}
