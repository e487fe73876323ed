import Foundation

/// ISO 8601 with a UTC offset, as the ledger stores every time: "2026-11-23T14:07:35+08:00".
public enum ISO8601Timestamp {
    /// Seconds precision (the fraction is floored) and always a numeric offset, "+00:00" for UTC,
    /// so every line of the ledger has the same shape.
    ///
    /// ISO 8601 cannot write seconds in an offset, so an offset like the +08:05:43 that tz data
    /// gives Shanghai before 1901 is truncated to whole minutes, and the wall time is computed with
    /// that same truncated offset: the text still names the right instant.
    public static func format(_ date: Date, utcOffset seconds: Int) -> String {
        let offset = seconds / 60 * 60
        let time = CivilTime(date, utcOffset: offset)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        appendNumber(time.year, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendNumber(time.month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendNumber(time.day, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendNumber(time.hour, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendNumber(time.minute, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendNumber(time.second, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: offset < 0 ? "-" : "+"))
        appendNumber(abs(offset) / 3_600, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendNumber(abs(offset) % 3_600 / 60, digits: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func format(_ date: Date, in timeZone: TimeZone) -> String {
        format(date, utcOffset: timeZone.secondsFromGMT(for: date))
    }

    /// Accepts `YYYY-MM-DDTHH:MM:SS`, an optional `.fraction` of 1–9 digits, and an offset `Z`,
    /// `±HH:MM` or `±HHMM`; nothing before or after. Fields must be in range (February 29 only in
    /// leap years, no 24:00, no leap second).
    public static func parse(_ text: some StringProtocol) -> Date? {
        withUTF8(of: text) { parse(utf8: $0) }
    }

    /// The same grammar read straight from UTF-8 bytes, without creating a `String`, because ledger
    /// replay calls this about a million times.
    public static func parse(utf8 bytes: UnsafeRawBufferPointer) -> Date? {
        guard let fields = fields(utf8: bytes), fields.isValid else { return nil }
        return fields.date
    }
}

extension ISO8601Timestamp {
    /// A timestamp that matched the grammar, before range checks, so `TimeInput` can tell
    /// "not a timestamp" from "a timestamp naming a day that does not exist".
    struct Fields {
        var civil: CivilTime
        var nanoseconds: Int
        var offsetHours: Int
        var offsetMinutes: Int
        var offsetIsNegative: Bool

        var isValid: Bool {
            civil.isValid && offsetHours <= 23 && offsetMinutes <= 59
        }

        var utcOffset: Int {
            let magnitude = offsetHours * 3_600 + offsetMinutes * 60
            return offsetIsNegative ? -magnitude : magnitude
        }

        /// The fraction is kept, but never carried into the next second: a `Date` is a Double of
        /// seconds since 2001, whose step near today is about 0.1 µs, so `…:59.9999999` would round
        /// to the next whole second and read as it. Such an instant is kept just below instead.
        var date: Date {
            let whole = TimeInterval(civil.secondsSinceEpoch(utcOffset: utcOffset))
                - Date.timeIntervalBetween1970AndReferenceDate
            let instant = whole + TimeInterval(nanoseconds) / 1e9
            return Date(timeIntervalSinceReferenceDate: instant < whole + 1 ? instant : (whole + 1).nextDown)
        }
    }

    static func fields(of text: some StringProtocol) -> Fields? {
        withUTF8(of: text) { fields(utf8: $0) }
    }

    static func fields(utf8 b: UnsafeRawBufferPointer) -> Fields? {
        // The shortest match is "YYYY-MM-DDTHH:MM:SSZ"; checking once lets every fixed-position
        // read below go unguarded.
        guard b.count >= 20,
              let year = number(b, at: 0, digits: 4), b[4] == UInt8(ascii: "-"),
              let month = number(b, at: 5, digits: 2), b[7] == UInt8(ascii: "-"),
              let day = number(b, at: 8, digits: 2), b[10] == UInt8(ascii: "T"),
              let hour = number(b, at: 11, digits: 2), b[13] == UInt8(ascii: ":"),
              let minute = number(b, at: 14, digits: 2), b[16] == UInt8(ascii: ":"),
              let second = number(b, at: 17, digits: 2)
        else { return nil }

        var index = 19
        var nanoseconds = 0
        if b[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < b.count, index - start < 10, b[index] &- UInt8(ascii: "0") < 10 {
                nanoseconds = nanoseconds * 10 + Int(b[index] &- UInt8(ascii: "0"))
                index += 1
            }
            let digitCount = index - start
            guard (1...9).contains(digitCount) else { return nil }
            for _ in digitCount..<9 { nanoseconds *= 10 }
        }

        let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        let remaining = b.count - index
        guard remaining > 0 else { return nil }
        switch b[index] {
        case UInt8(ascii: "Z") where remaining == 1:
            return Fields(
                civil: civil, nanoseconds: nanoseconds,
                offsetHours: 0, offsetMinutes: 0, offsetIsNegative: false
            )
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let hasColon = remaining == 6 && b[index + 3] == UInt8(ascii: ":")
            guard remaining == 5 || hasColon,
                  let offsetHours = number(b, at: index + 1, digits: 2),
                  let offsetMinutes = number(b, at: index + (hasColon ? 4 : 3), digits: 2)
            else { return nil }
            return Fields(
                civil: civil, nanoseconds: nanoseconds,
                offsetHours: offsetHours, offsetMinutes: offsetMinutes,
                offsetIsNegative: b[index] == UInt8(ascii: "-")
            )
        default:
            return nil
        }
    }

    @inline(__always)
    private static func number(_ b: UnsafeRawBufferPointer, at start: Int, digits: Int) -> Int? {
        var value = 0
        for index in start..<start + digits {
            let digit = b[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func withUTF8<R>(of text: some StringProtocol, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        var copy = String(text)
        return copy.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

    private static func appendNumber(_ value: Int, digits: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let text = String(value.magnitude)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, digits - text.utf8.count)))
        bytes.append(contentsOf: text.utf8)
    }
}
