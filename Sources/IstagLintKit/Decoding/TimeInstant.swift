/// An instant read from an RFC 3339 time, ordered as Go's `metav1.Time.Before` orders times.
///
/// Rules that must pick "the latest" condition the way the server does (by `lastProbeTime`,
/// a missing time being Go's zero time) compare these.
struct TimeInstant: Sendable, Hashable, Comparable {
    /// Whole seconds since 1970-01-01T00:00:00Z (negative before it).
    var seconds: Int64
    /// Nanoseconds within the second, 0..<1 000 000 000.
    var nanoseconds: Int64

    /// Go's zero `time.Time`, January 1 of year 1, 00:00:00 UTC: what a missing or null time decodes to.
    static let zero = TimeInstant(seconds: daysFromCivil(year: 1, month: 1, day: 1) * secondsPerDay, nanoseconds: 0)

    private static let secondsPerDay: Int64 = 86_400

    /// Reads a time Go's `time.Parse(time.RFC3339, …)` accepts; nil for anything else.
    static func parse(_ text: String) -> TimeInstant? {
        guard TimeFormat.isRFC3339(text) else { return nil }
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int64 {
            bytes[start..<(start + count)].reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        }
        let days = daysFromCivil(year: number(0, 4), month: number(5, 2), day: number(8, 2))
        var seconds = days * secondsPerDay + number(11, 2) * 3_600 + number(14, 2) * 60 + number(17, 2)
        var index = 19
        var nanoseconds: Int64 = 0
        if bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            var digits = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if digits < 9 {
                    nanoseconds = nanoseconds * 10 + Int64(bytes[index] - UInt8(ascii: "0"))
                    digits += 1
                }
                index += 1
            }
            for _ in digits..<9 { nanoseconds *= 10 }
        }
        if bytes[index] != UInt8(ascii: "Z") {
            let offset = number(index + 1, 2) * 3_600 + number(index + 4, 2) * 60
            seconds += bytes[index] == UInt8(ascii: "+") ? -offset : offset
        }
        return TimeInstant(seconds: seconds, nanoseconds: nanoseconds)
    }

    static func < (lhs: TimeInstant, rhs: TimeInstant) -> Bool {
        (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
