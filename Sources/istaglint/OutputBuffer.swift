import IstagLintKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A report written to a descriptor (standard output, or the `--output` file) in pieces of a
/// few kilobytes: a streamed report costs few system calls and little memory. Once the
/// descriptor fails (a closed pipe, a full disk), the rest is dropped and `failure` says why.
struct OutputBuffer: TextOutputStream {
    /// Where the text goes.
    let descriptor: Int32
    private var pending = ""
    private var closed = false
    /// The errno that stopped the writing, if it stopped.
    private(set) var failure: Int32?
    private let limit = 1 << 15

    /// A buffer in front of a descriptor, standard output by default.
    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
        pending.reserveCapacity(limit)
    }

    /// Adds text, writing out what is pending once it is large enough.
    mutating func write(_ text: String) {
        guard !closed, !text.isEmpty else { return }
        pending += text
        if pending.utf8.count >= limit { flush() }
    }

    /// Writes out what is pending.
    mutating func flush() {
        guard !closed, !pending.isEmpty else { return }
        failure = FileWriter.write(pending, toDescriptor: descriptor)
        closed = failure != nil
        pending = ""
        pending.reserveCapacity(limit)
    }
}
