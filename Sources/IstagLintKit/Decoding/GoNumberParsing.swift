/// The parts of Go's `strconv` that go-yaml v2 leans on, reproduced for ASCII input.
enum GoNumberParsing {
    /// `strconv.ParseInt(s, 0, 64)`: optional sign, then `0x`, `0o`, `0b`, a leading `0` (octal) or decimal.
    static func parseInt(_ text: String) -> Int64? {
        if let value = parsePlainDecimal(text) { return value }
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard let magnitude = parseMagnitude(digits) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// The common case, decided on bytes: an optional `-`, then decimal digits without a
    /// leading zero, that fit in an Int64. Nil sends anything else to the general parser.
    private static func parsePlainDecimal(_ text: String) -> Int64? {
        text.withUTF8Bytes(parsePlainDecimal(bytes:))
    }

    /// `parsePlainDecimal` of UTF-8 bytes, for scalars read in place.
    static func parsePlainDecimal(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < bytes.count else { return nil }
        let first = bytes[index]
        guard first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9") || (first == UInt8(ascii: "0") && bytes.count == index + 1) else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow && !overflowAdd else { return nil }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    /// `strconv.ParseUint(s, 0, 64)`: no sign allowed.
    static func parseUInt(_ text: String) -> UInt64? {
        guard let first = text.first, first != "+", first != "-" else { return nil }
        return parseMagnitude(Substring(text))
    }

    private static func parseMagnitude(_ digits: Substring) -> UInt64? {
        let bytes = digits.utf8
        var index = bytes.startIndex
        guard index < bytes.endIndex else { return nil }
        var radix: UInt64 = 10
        if bytes[index] == UInt8(ascii: "0"), bytes.index(after: index) < bytes.endIndex {
            switch bytes[bytes.index(after: index)] | 0x20 {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 0
            }
            // A leading zero alone means octal; a letter after it names the base.
            index = bytes.index(index, offsetBy: radix == 0 ? 1 : 2)
            if radix == 0 { radix = 8 }
        }
        guard index < bytes.endIndex else { return nil }
        var value: UInt64 = 0
        var invalid = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt64(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            if digit >= radix { invalid = true }
            if !invalid {
                let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
                let (sum, overflowAdd) = shifted.addingReportingOverflow(digit)
                if overflow || overflowAdd { invalid = true } else { value = sum }
            }
            index = bytes.index(after: index)
        }
        return invalid ? nil : value
    }

    /// go-yaml v2's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    static func isYAMLStyleFloat(_ text: String) -> Bool {
        let bytes = text.utf8
        var index = bytes.startIndex
        func take(_ accepted: (UInt8) -> Bool) -> Bool {
            guard index < bytes.endIndex, accepted(bytes[index]) else { return false }
            index = bytes.index(after: index)
            return true
        }
        func digitRun() -> Int {
            var count = 0
            while take({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { count += 1 }
            return count
        }
        let isSign = { (byte: UInt8) in byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") }
        _ = take(isSign)
        if take({ $0 == UInt8(ascii: ".") }) {
            guard digitRun() > 0 else { return false }
        } else {
            guard digitRun() > 0 else { return false }
            if take({ $0 == UInt8(ascii: ".") }) { _ = digitRun() }
        }
        if take({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            _ = take(isSign)
            guard digitRun() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    /// `strconv.ParseFloat(s, 64)` for decimal input; nil where Go reports an error (also on overflow).
    static func parseFloat(_ text: String) -> Double? {
        guard isYAMLStyleFloat(text), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A float for messages, as Go's `json.Marshal` writes it: an integer without a point below 1e21.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 9.2e18 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Whether a decoded float would reach Go's JSON decoder as an integer that fits int64.
    static func isInt64Integral(_ value: Double) -> Bool {
        value.isFinite && value == value.rounded() && abs(value) < 1e21 && value >= -9.223372036854775808e18 && value < 9.223372036854775808e18
    }
}
