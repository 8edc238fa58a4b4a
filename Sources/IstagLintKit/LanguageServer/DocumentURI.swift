/// The paths `file:` URIs name (RFC 8089 as editors write them: `file:///a/b%20c.yaml`).
/// A URI of another scheme (`untitled:`) names no file: its document is linted under its URI.
public enum DocumentURI {
    /// The absolute path a `file:` URI names, percent-decoded; nil for another scheme or a host
    /// other than `localhost`.
    public static func path(of uri: String) -> String? {
        let lowered = uri.prefix(7).lowercased()
        guard lowered == "file://" else { return nil }
        var rest = uri.dropFirst(7)
        if rest.lowercased().hasPrefix("localhost/") { rest = rest.dropFirst(9) }
        guard rest.hasPrefix("/") else { return nil }
        let end = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        return percentDecoded(rest[..<end])
    }

    private static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = hexValue(utf8[utf8.startIndex]),
                let low = hexValue(utf8[utf8.startIndex + 1])
            {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
