/// Standard output written in pieces of a few kilobytes: a streamed report costs few system
/// calls and little memory. Once standard output goes away (a closed pipe) or fails (a full
/// disk), the rest is dropped and `failure` says why.
struct OutputBuffer {
    private var pending = ""
    private var closed = false
    /// The errno that stopped the writing, if it stopped.
    private(set) var failure: Int32?
    private let limit = 1 << 15

    /// Adds text, writing out what is pending once it is large enough.
    mutating func append(_ text: String) {
        guard !closed, !text.isEmpty else { return }
        pending += text
        if pending.utf8.count >= limit { flush() }
    }

    /// Writes out what is pending.
    mutating func flush() {
        guard !closed, !pending.isEmpty else { return }
        failure = StandardStreams.writeOutput(pending)
        closed = failure != nil
        pending = ""
        pending.reserveCapacity(limit)
    }
}
