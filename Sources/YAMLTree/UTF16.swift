/// UTF-16 files, which kubectl and oc read when they start with a byte order mark (cli-runtime
/// decodes through golang.org/x/text's `unicode.BOMOverride`): they are linted as the UTF-8
/// text kubectl reads.
enum UTF16 {
    /// The outcome of transcoding: the UTF-8 text (with a UTF-8 byte order mark in place of the
    /// UTF-16 one), or the text before the first unit that is not UTF-16 and why.
    enum Outcome {
        case text([UInt8])
        case invalid(prefix: [UInt8], reason: String)
    }

    /// Whether the bytes start with a UTF-16 byte order mark (and not a UTF-32 one); nil when
    /// they do not, else whether the file is big-endian.
    static func byteOrder(of bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return true }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return false }
        return nil
    }

    /// Transcodes a UTF-16 file that starts with its byte order mark to UTF-8.
    static func transcode(_ bytes: [UInt8], bigEndian: Bool) -> Outcome {
        var output: [UInt8] = [0xEF, 0xBB, 0xBF]
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var offset = 2
        @inline(__always) func unit(at offset: Int) -> UInt16 {
            bigEndian
                ? UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
                : UInt16(bytes[offset + 1]) << 8 | UInt16(bytes[offset])
        }
        while offset < bytes.count {
            guard offset + 1 < bytes.count else {
                return .invalid(prefix: output, reason: "the file ends in the middle of a UTF-16 code unit (an odd number of bytes)")
            }
            let first = unit(at: offset)
            let scalar: UInt32
            if first & 0xFC00 == 0xD800 {
                guard offset + 3 < bytes.count, unit(at: offset + 2) & 0xFC00 == 0xDC00 else {
                    return .invalid(prefix: output, reason: "a high surrogate (0x\(hex(first))) is not followed by a low surrogate")
                }
                scalar = 0x10000 + (UInt32(first & 0x3FF) << 10 | UInt32(unit(at: offset + 2) & 0x3FF))
                offset += 4
            } else if first & 0xFC00 == 0xDC00 {
                return .invalid(prefix: output, reason: "a low surrogate (0x\(hex(first))) has no high surrogate before it")
            } else {
                scalar = UInt32(first)
                offset += 2
            }
            switch scalar {
            case ..<0x80:
                output.append(UInt8(scalar))
            case ..<0x800:
                output.append(UInt8(0xC0 | scalar >> 6))
                output.append(UInt8(0x80 | scalar & 0x3F))
            case ..<0x10000:
                output.append(UInt8(0xE0 | scalar >> 12))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            default:
                output.append(UInt8(0xF0 | scalar >> 18))
                output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                output.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        return .text(output)
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
