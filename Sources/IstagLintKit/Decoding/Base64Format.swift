/// Go's `base64.StdEncoding`, which `encoding/json` uses to read `[]byte` fields.
enum Base64Format {
    /// The byte offset of the first character Go's decoder refuses, or nil when the string
    /// decodes. Go skips CR and LF, needs `=` padding to a multiple of four, and reports
    /// `illegal base64 data at input byte N`.
    static func firstIllegalByte(in text: String) -> Int? {
        var significant: [(offset: Int, byte: UInt8)] = []
        for (offset, byte) in text.utf8.enumerated() where byte != 0x0A && byte != 0x0D {
            significant.append((offset, byte))
        }
        var index = 0
        while index < significant.count {
            let byte = significant[index].byte
            if byte == UInt8(ascii: "=") {
                let position = index % 4
                guard position >= 2 else { return significant[index].offset }
                let needed = 4 - position
                let tail = significant[index...]
                guard tail.count == needed, tail.allSatisfy({ $0.byte == UInt8(ascii: "=") }) else {
                    return significant[min(index + needed, significant.count - 1)].offset
                }
                return nil
            }
            guard isAlphabet(byte) else { return significant[index].offset }
            index += 1
        }
        guard significant.count % 4 == 0 else { return text.utf8.count }
        return nil
    }

    private static func isAlphabet(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
    }
}
