import Testing

@testable import IstagLintKit

/// `TimeFormat` and `TimeInstant` against Go's `time.Parse(time.RFC3339, s)`, which
/// `metav1.Time.UnmarshalJSON` calls: the strict fast path (`parseRFC3339`) and, where it
/// fails, the general layout parser, which is laxer (golang/go#54580).
struct TimeFormatTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let input: String
        /// Whether `time.Parse(time.RFC3339, input)` returns no error.
        let go: Bool
        var divergence: String? = nil
        var testDescription: String { "\"\(input)\"" }
    }

    static let rows: [Row] = [
        Row(input: "2024-05-01T10:00:00Z", go: true), Row(input: "2024-05-01T10:00:00+02:00", go: true),
        Row(input: "2024-05-01T10:00:00-07:30", go: true), Row(input: "2024-05-01T10:00:00.123456789Z", go: true),
        Row(input: "2024-05-01T10:00:00.1234567891234Z", go: true), Row(input: "2024-05-01T10:00:00,5Z", go: true),
        Row(input: "0000-01-01T00:00:00Z", go: true), Row(input: "9999-12-31T23:59:59Z", go: true),
        Row(input: "2024-02-29T00:00:00Z", go: true), Row(input: "2000-02-29T00:00:00Z", go: true),
        Row(input: "2023-02-29T00:00:00Z", go: false), Row(input: "1900-02-29T00:00:00Z", go: false), Row(input: "2024-04-31T00:00:00Z", go: false),
        Row(input: "2024-00-01T00:00:00Z", go: false), Row(input: "2024-13-01T00:00:00Z", go: false), Row(input: "2024-05-00T00:00:00Z", go: false),
        Row(input: "2024-05-01T24:00:00Z", go: false), Row(input: "2024-05-01T10:60:00Z", go: false), Row(input: "2024-05-01T10:00:60Z", go: false),
        Row(input: "2024-05-01", go: false), Row(input: "2024-05-01T10:00:00", go: false), Row(input: "2024-05-01 10:00:00Z", go: false),
        Row(input: "2024-05-01T10:00Z", go: false), Row(input: "2024-5-01T10:00:00Z", go: false), Row(input: "2024-05-1T10:00:00Z", go: false),
        Row(input: "24-05-01T10:00:00Z", go: false), Row(input: "10000-01-01T00:00:00Z", go: false),
        Row(input: "2024-05-01T10:00:00.Z", go: false), Row(input: "2024-05-01T10:00:00z", go: false),
        Row(input: "2024-05-01T10:00:00+0200", go: false), Row(input: "2024-05-01T10:00:00+02", go: false),
        Row(input: "2024-05-01T10:00:00Z ", go: false), Row(input: " 2024-05-01T10:00:00Z", go: false), Row(input: "", go: false),
        Row(input: "2024-05-01T10:00:00+02:00Z", go: false), Row(input: "2024-05-01T10:00:00UTC", go: false),
        // The layout's literal `T` is matched exactly (time's `skip`).
        Row(input: "2024-05-01t10:00:00Z", go: false, divergence: "a lowercase t is accepted; the server refuses it"),
        // The layout's `15` is stdHour, read with getnum(value, false): one digit is enough.
        Row(input: "2024-05-01T1:00:00Z", go: true, divergence: "a one-digit hour is refused; the server accepts it"),
        // Zone offsets are range-checked with > (hours up to 24, minutes up to 60).
        Row(input: "2024-05-01T10:00:00+24:00", go: true, divergence: "a +24:00 offset is refused; the server accepts it"),
        Row(input: "2024-05-01T10:00:00+23:60", go: true, divergence: "a :60 offset minute is refused; the server accepts it"),
        Row(input: "2024-05-01T10:00:00+25:00", go: false),
    ]

    @Test(arguments: rows)
    func isRFC3339IsTimeParseRFC3339(_ row: Row) {
        GoTable.check(row.divergence) {
            #expect(TimeFormat.isRFC3339(row.input) == row.go)
            #expect((TimeInstant.parse(row.input) != nil) == row.go)
        }
    }

    /// The instants Go reads, as seconds since the Unix epoch (`Time.Unix`) and nanoseconds
    /// (`Time.Nanosecond`): zone offsets applied, fractions truncated to nanoseconds.
    @Test func instantsAreGosUnixTimes() throws {
        let rows: [(String, Int64, Int64)] = [
            ("1970-01-01T00:00:00Z", 0, 0), ("2024-05-01T10:00:00Z", 1_714_557_600, 0),
            ("2024-05-01T12:00:00+02:00", 1_714_557_600, 0), ("2024-05-01T02:30:00-07:30", 1_714_557_600, 0),
            ("2024-05-01T10:00:00.5Z", 1_714_557_600, 500_000_000), ("2024-05-01T10:00:00.1234567899Z", 1_714_557_600, 123_456_789),
            ("1969-12-31T23:59:59Z", -1, 0), ("0001-01-01T00:00:00Z", -62_135_596_800, 0), ("2000-02-29T00:00:00Z", 951_782_400, 0),
        ]
        for (text, seconds, nanoseconds) in rows {
            let instant = try #require(TimeInstant.parse(text), "\(text)")
            #expect(instant.seconds == seconds && instant.nanoseconds == nanoseconds, "\(text)")
        }
        // Go's zero Time, what a missing time decodes to, is 0001-01-01T00:00:00Z.
        #expect(TimeInstant.zero == TimeInstant.parse("0001-01-01T00:00:00Z"))
        #expect(try #require(TimeInstant.parse("2024-05-01T10:00:00.000000001Z")) > #require(TimeInstant.parse("2024-05-01T10:00:00Z")))
    }
}
