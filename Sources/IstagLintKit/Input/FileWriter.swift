#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes reports and baselines: whole files, created or replaced.
public enum FileWriter {
    /// Writes `text` to `path`; returns why it could not, or nil.
    public static func write(_ text: String, to path: String) -> ReadFailure? {
        let descriptor: Int32
        switch create(path) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return failure
        }
        defer { close(descriptor) }
        return write(text, toDescriptor: descriptor).map { ReadFailure(path: path, reason: InputCollector.errorText($0)) }
    }

    /// Opens `path` for writing, created or emptied; the caller closes the descriptor.
    public static func create(_ path: String) -> Result<Int32, ReadFailure> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(ReadFailure(path: path, reason: InputCollector.errorText(errno))) }
        return .success(descriptor)
    }

    /// Writes all of `text` to an open descriptor, retrying short writes and interruptions;
    /// returns the errno that stopped it (EPIPE when a reader went away), or nil.
    ///
    /// The bytes are written from the string's own storage, so a large piece is not copied.
    public static func write(_ text: String, toDescriptor descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), toDescriptor: descriptor) }
    }

    /// Writes all of `bytes` as they are (a file's text need not be UTF-8), as
    /// `write(_:toDescriptor:)` writes a string.
    public static func write(_ bytes: [UInt8], toDescriptor descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { write($0, toDescriptor: descriptor) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, toDescriptor descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let count = systemWrite(descriptor, base + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(descriptor, pointer, count)
        #elseif canImport(Musl)
            return Musl.write(descriptor, pointer, count)
        #else
            return Darwin.write(descriptor, pointer, count)
        #endif
    }
}
