#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file as the file system tells files apart: its device and inode, whatever name reached it.
public struct FileIdentity: Sendable, Hashable {
    /// The device that holds the file.
    public var device: UInt64
    /// The file's number on that device.
    public var inode: UInt64

    /// The identity `stat` or `fstat` gave.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of an open file, or nil when `fstat` fails.
    public init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }
}
