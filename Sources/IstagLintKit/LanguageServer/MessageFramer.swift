/// Cuts the bytes of a JSON-RPC stream into messages: each is a header part (`Content-Length: N`,
/// optionally `Content-Type`, each line ended by CRLF), an empty line, and N bytes of JSON.
///
/// Bytes go in as they arrive (`append`), messages come out whole (`next`). A header part that
/// has no usable `Content-Length` is skipped with a `.malformed` frame, so one bad message costs
/// that message, not the session. A header part that runs past `maxHeaderSize` without an
/// empty line is dropped the same way; a body larger than `maxBodySize` is refused and skipped.
public struct MessageFramer: Sendable {
    /// What `next` hands out.
    public enum Frame: Sendable, Hashable {
        /// A message's body, the JSON.
        case message([UInt8])
        /// A header part that could not be used; the sentence says why.
        case malformed(String)
    }

    /// The longest header part read before it is given up on.
    public static let maxHeaderSize = 8_192
    /// The largest body taken (a document larger than istaglint lints is refused anyway).
    public static let maxBodySize = 256 << 20

    private var buffer: [UInt8] = []
    private var start = 0
    /// The body length still to skip after a refused header.
    private var skipping = 0

    /// An empty framer.
    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        if skipping > 0 {
            let available = min(skipping, buffer.count - start)
            start += available
            skipping -= available
            if skipping > 0 { return nil }
        }
        guard let headerEnd = headerEnd() else {
            if buffer.count - start > Self.maxHeaderSize {
                start = buffer.count
                return .malformed("a message header longer than \(Self.maxHeaderSize) bytes without an empty line")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + 4
        guard let length = Self.contentLength(in: header) else {
            start = bodyStart
            return .malformed("a message header without a valid Content-Length: \"\(header.prefix(200))\"")
        }
        guard length <= Self.maxBodySize else {
            start = bodyStart
            skipping = length
            return .malformed("a message of \(length) bytes, larger than the \(Self.maxBodySize) bytes taken")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return .message(body)
    }

    /// The offset of the CRLF CRLF that ends the header part, if it has arrived.
    private func headerEnd() -> Int? {
        var index = start
        while index + 3 < buffer.count {
            if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// The value of the `Content-Length` header (names are case-insensitive), when it is a
    /// plain decimal number.
    static func contentLength(in header: String) -> Int? {
        for line in header.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            guard line[..<colon].lowercased() == "content-length" else { continue }
            let value = String(line[line.index(after: colon)...]).trimmingASCIIWhitespace()
            guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), value.count < 12 else { return nil }
            return Int(value)
        }
        return nil
    }

    /// A message's body with its header, as it is written to the stream.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
