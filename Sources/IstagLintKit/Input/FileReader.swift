#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads whole files and standard input as bytes. Never writes.
public enum FileReader {
    /// The bytes of a file, or why it could not be read.
    public static func contents(of path: String) -> Result<[UInt8], ReadFailure> {
        contents(of: path, sizeLimit: Int.max).map { contents in
            guard case .bytes(let bytes) = contents else { return [] }
            return bytes
        }
    }

    /// Whether a path exists (a broken symbolic link does not).
    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// What `contents(of:sizeLimit:)` found.
    public enum Contents: Sendable {
        /// The file's bytes.
        case bytes([UInt8])
        /// The file is larger than the limit; it was not read.
        case tooLarge(size: Int)
    }

    /// The bytes of a file, or its size when it is larger than `sizeLimit` (then nothing is
    /// read), or why it could not be read. One open and one `fstat` tell both.
    public static func contents(of path: String, sizeLimit: Int) -> Result<Contents, ReadFailure> {
        contents(of: InputPath(path), sizeLimit: sizeLimit)
    }

    /// The bytes of a file named by its bytes (a name need not be UTF-8), as
    /// `contents(of:sizeLimit:)` reads them; failures name the path as reports show it.
    public static func contents(of input: InputPath, sizeLimit: Int) -> Result<Contents, ReadFailure> {
        let path = input.display
        let descriptor = open(input.cString, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(path: path, reason: InputCollector.errorText(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(path: path, reason: InputCollector.errorText(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(ReadFailure(path: path, reason: "not a regular file")) }
        if Int(info.st_size) > sizeLimit { return .success(.tooLarge(size: Int(info.st_size))) }
        return readAll(descriptor, sizeHint: Int(info.st_size), label: path).map { .bytes($0) }
    }

    /// The bytes of standard input up to its end, or `.tooLarge` as soon as more than
    /// `sizeLimit` bytes came (then reading stops: an endless stream costs the limit, not all
    /// the memory there is); `size` is then the number of bytes read, one more than the limit.
    public static func standardInput(label: String, sizeLimit: Int = Int.max) -> Result<Contents, ReadFailure> {
        let chunk = 1 << 16
        var bytes: [UInt8] = []
        while true {
            // One byte beyond the limit tells a stream that exceeds it from one that meets it.
            let wanted = min(chunk - 1, sizeLimit - bytes.count) + 1
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: wanted))
            let count = bytes.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress.map { $0 + start }, wanted) }
            if count < 0 {
                let code = errno
                bytes.removeLast(wanted)
                if code == EINTR { continue }
                return .failure(ReadFailure(path: label, reason: InputCollector.errorText(code)))
            }
            bytes.removeLast(wanted - count)
            if count == 0 { return .success(.bytes(bytes)) }
            if bytes.count > sizeLimit { return .success(.tooLarge(size: bytes.count)) }
        }
    }

    private static func readAll(_ descriptor: Int32, sizeHint: Int, label: String) -> Result<[UInt8], ReadFailure> {
        // A regular file is read straight into an array of its size (one more byte to see the
        // end in the same read); only what is left after that goes through a chunk buffer.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(sizeHint + 1, 1)) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var filled = 0
            // A regular file is read up to the size fstat gave (no extra read to meet its end).
            while filled < buffer.count && !(sizeHint > 0 && filled == sizeHint) {
                let count = read(descriptor, base + filled, buffer.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                filled += count
            }
            initialized = filled
        }
        if failure != 0 { return .failure(ReadFailure(path: label, reason: InputCollector.errorText(failure))) }
        if bytes.count < sizeHint + 1 { return .success(bytes) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(path: label, reason: InputCollector.errorText(errno)))
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }
}
