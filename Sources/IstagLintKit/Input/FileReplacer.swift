#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a fixed file back, for `--fix`: atomically, keeping its mode, and only when it still
/// holds what was linted.
///
/// The new text goes to a temporary file in the same folder, which is renamed over the file,
/// so a reader sees the old text or the new, never half of one, and a failure leaves the old.
/// A symbolic link is followed: its target is replaced, the link stays. A file that changed
/// since it was read (an editor saved it meanwhile) is left alone.
public enum FileReplacer {
    /// Replaces the file at `input`, which held `original`, with `fixed`; returns why it
    /// could not, or nil.
    public static func replace(_ input: InputPath, expecting original: [UInt8], with fixed: [UInt8]) -> String? {
        guard let resolved = realpath(input.cString, nil) else { return InputCollector.errorText(errno) }
        let target = String(cString: resolved)
        free(resolved)
        switch FileReader.contents(of: InputPath(target), sizeLimit: Int.max) {
        case .failure(let failure): return failure.reason
        case .success(.tooLarge): return "the file changed since it was read; it is left as it is"
        case .success(.bytes(let now)):
            guard now == original else { return "the file changed since it was read; it is left as it is" }
        }
        var info = stat()
        guard stat(target, &info) == 0 else { return InputCollector.errorText(errno) }
        let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
        var template = ((folder.isEmpty ? "" : folder) + "/.istaglint-fix-XXXXXX").utf8CString
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { return "cannot create a temporary file beside it: " + InputCollector.errorText(errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let failure = write(fixed, to: descriptor, mode: info.st_mode & 0o7777)
        close(descriptor)
        if let failure {
            unlink(temporary)
            return failure
        }
        guard rename(temporary, target) == 0 else {
            let reason = InputCollector.errorText(errno)
            unlink(temporary)
            return reason
        }
        return nil
    }

    /// Writes all of `bytes`, gives the file `mode` and flushes it to the disk; returns why not.
    private static func write(_ bytes: [UInt8], to descriptor: Int32, mode: mode_t) -> String? {
        if let code = FileWriter.write(bytes, toDescriptor: descriptor) { return InputCollector.errorText(code) }
        guard fchmod(descriptor, mode) == 0 else { return InputCollector.errorText(errno) }
        guard fsync(descriptor) == 0 else { return InputCollector.errorText(errno) }
        return nil
    }
}
