/// Go's `time.Parse(time.RFC3339, …)`, which `metav1.Time` uses to read a time.
enum TimeFormat {
    /// Whether a string is an RFC 3339 time Go accepts: `2006-01-02T15:04:05Z` with optional
    /// fractional seconds and a `Z` or `±hh:mm` zone.
    static func isRFC3339(_ text: String) -> Bool {
        text.withUTF8Bytes(isRFC3339(bytes:))
    }

    /// `isRFC3339(_:)` of a text's UTF-8 bytes, read in place.
    static func isRFC3339(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 20 else { return false }
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), bytes[4] == UInt8(ascii: "-"), let month = number(5, 2), bytes[7] == UInt8(ascii: "-"),
            let day = number(8, 2), bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let hour = number(11, 2), bytes[13] == UInt8(ascii: ":"), let minute = number(14, 2), bytes[16] == UInt8(ascii: ":"),
            let second = number(17, 2)
        else { return false }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 60 else { return false }
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "Z") { return index + 1 == bytes.count }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
            let zoneHour = number(index + 1, 2), bytes[index + 3] == UInt8(ascii: ":"), let zoneMinute = number(index + 4, 2)
        else { return false }
        return zoneHour < 24 && zoneMinute < 60
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
