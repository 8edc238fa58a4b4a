/// How LSP positions count the characters of a line: agreed in `initialize`, UTF-16 code units
/// unless the client offers UTF-8 (LSP 3.17 `general.positionEncodings`).
public enum PositionEncoding: String, Sendable, Hashable, Codable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The encoding for a client that offers `offered` (in its order of preference): UTF-8 when
    /// it is offered, since offsets in UTF-8 are istaglint's own; otherwise UTF-16, which every
    /// client must support.
    public static func negotiated(from offered: [String]?) -> PositionEncoding {
        offered?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
    }

    /// How many units a character takes whose UTF-8 form starts with `leadByte`.
    @inline(__always)
    func units(ofCharacterStartingWith leadByte: UInt8) -> Int {
        switch self {
        case .utf8: return DocumentText.sequenceLength(leadByte)
        case .utf16: return leadByte >= 0xF0 ? 2 : 1
        case .utf32: return 1
        }
    }
}
