import Foundation

/// A wall-clock reading without a zone, in the proleptic Gregorian calendar.
///
/// Conversions are integer arithmetic (Howard Hinnant's days-from-civil) rather than `Calendar`:
/// replaying the ledger converts about a million timestamps, and arithmetic gives the same
/// answer on every machine regardless of locale or ICU version.
public struct CivilTime: Sendable, Equatable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The wall clock `seconds` east of UTC at `date`. Fractions of a second are dropped (floor),
    /// so an instant never reads as a later second than it is.
    public init(_ date: Date, utcOffset seconds: Int) {
        let local = Self.wholeSeconds(date) + seconds
        let days = Self.floorDiv(local, 86_400)
        let secondOfDay = local - days * 86_400
        let civil = Self.civil(fromDays: days)
        self.init(
            year: civil.year, month: civil.month, day: civil.day,
            hour: secondOfDay / 3_600, minute: secondOfDay % 3_600 / 60, second: secondOfDay % 60
        )
    }

    public init(_ date: Date, in timeZone: TimeZone) {
        self.init(date, utcOffset: timeZone.secondsFromGMT(for: date))
    }

    /// Out-of-range fields roll over (month 13 is January of the next year, February 30 is early
    /// March) instead of trapping; check `isValid` first when the fields come from a person.
    public func date(utcOffset seconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch(utcOffset: seconds)))
    }

    /// The offset is looked up at the instant being computed, which is not known yet, so this
    /// guesses with the offset at the same wall time read as UTC, then retries once with the
    /// offset at that guess. That settles every ordinary time; in a DST gap (a wall time that
    /// never happened) the result lands an hour off, and in an overlap it picks one of the two.
    public func date(in timeZone: TimeZone) -> Date {
        let guess = date(utcOffset: timeZone.secondsFromGMT(for: date(utcOffset: 0)))
        return date(utcOffset: timeZone.secondsFromGMT(for: guess))
    }

    public var isValid: Bool {
        (1...12).contains(month)
            && (1...Self.daysInMonth(year: year, month: month)).contains(day)
            && (0...23).contains(hour)
            && (0...59).contains(minute)
            && (0...59).contains(second)
    }

    /// Calendar days, keeping the time of day.
    public func addingDays(_ n: Int) -> CivilTime {
        let civil = Self.civil(fromDays: Self.days(year: year, month: month, day: day) + n)
        return CivilTime(
            year: civil.year, month: civil.month, day: civil.day,
            hour: hour, minute: minute, second: second
        )
    }

    public static func < (lhs: CivilTime, rhs: CivilTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}

extension CivilTime {
    func secondsSinceEpoch(utcOffset seconds: Int) -> Int {
        Self.days(year: year, month: month, day: day) * 86_400
            + hour * 3_600 + minute * 60 + second - seconds
    }

    /// Floored from the seconds since 2001 that a `Date` holds: converting to seconds since 1970
    /// first would round an instant just before a whole second up to it.
    static func wholeSeconds(_ date: Date) -> Int {
        Int(date.timeIntervalSinceReferenceDate.rounded(.down)) + Int(Date.timeIntervalBetween1970AndReferenceDate)
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Expects `month` in 1...12.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01. Months outside 1...12 and days outside the month roll over.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let yearCarry = floorDiv(month - 1, 12)
        let normalizedYear = year + yearCarry
        let normalizedMonth = month - yearCarry * 12
        // Counting years from March puts the leap day at the end, so month lengths follow a fixed
        // pattern and `(153 * m + 2) / 5` gives the days before each month.
        let y = normalizedMonth <= 2 ? normalizedYear - 1 : normalizedYear
        let era = floorDiv(y, 400)
        let yearOfEra = y - era * 400
        let monthFromMarch = (normalizedMonth + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = floorDiv(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Swift's `/` truncates toward zero; dates before 1970 need rounding toward minus infinity.
    /// `b` must be positive.
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return a % b < 0 ? quotient - 1 : quotient
    }
}
