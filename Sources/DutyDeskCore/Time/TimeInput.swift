import DutyDeskText
import Foundation

/// What a duty operator types for a time: the CLI's `--at` and `--discovered`, and the form's
/// date-time field.
public enum TimeInput {
    public enum Failure: Error, Equatable {
        /// Not any accepted form. Carries the input as typed (trimmed) for the error message.
        case unrecognized(String)
        /// An accepted form naming a time that does not exist, such as February 30 or 24:00.
        case invalidDate(String)
    }

    /// What a typed time is for, which decides the day a time typed without one falls on.
    public enum Meaning: Sendable {
        /// Something that has happened (discovered, held, published): `23:30` is the latest 23:30.
        case happened
        /// A due time (督办), which lies ahead: `23:30` is the next 23:30.
        case due
    }

    /// Reads `text` in `timeZone`, relative forms against `now`:
    ///  - ISO 8601 with an offset, as `ISO8601Timestamp.parse`
    ///  - local `YYYY-MM-DD HH:MM[:SS]`, `YYYY-MM-DDTHH:MM[:SS]`, `YYYY/MM/DD HH:MM[:SS]`
    ///    (month, day and hour may be one digit)
    ///  - `HH:MM[:SS]`: for what `happened`, today, or yesterday if today's would be after `now`;
    ///    for a `due` time, today if today's is after `now`, else tomorrow
    ///  - `-30m`, `-2h`, `-1d`, `-90s`, `30分钟前`, `2小时前`, `1天前`, `90秒前`: `now` minus that
    ///  - `今天`, `昨天`, `前天`, `today`, `yesterday`, then a space or not, then `HH:MM[:SS]`
    ///  - `now`, `现在`
    ///
    /// Chinese IMEs in full-width mode type `０８：１５`, so full-width ASCII (U+FF01–FF5E) and the
    /// ideographic space are read as their ASCII forms. Surrounding whitespace is ignored and
    /// English words are case-insensitive. Future times are returned, not refused: each caller
    /// words that complaint in its own context.
    public static func parse(_ text: String, as meaning: Meaning = .happened, now: Date, timeZone: TimeZone)
        -> Result<Date, Failure> {
        let typed = text.trimmingSpacesAndLines()
        let input = foldingFullwidth(typed)

        if let timestamp = ISO8601Timestamp.fields(of: input) {
            return timestamp.isValid ? .success(timestamp.date) : .failure(.invalidDate(typed))
        }
        guard let reading = Reading(input.lowercased()) else {
            return .failure(.unrecognized(typed))
        }

        switch reading {
        case .now:
            return .success(now)
        case .ago(let seconds):
            return .success(now.addingTimeInterval(-TimeInterval(seconds)))
        case .wallClock(let civil):
            return civil.isValid ? .success(civil.date(in: timeZone)) : .failure(.invalidDate(typed))
        case .timeOfDay(let hour, let minute, let second, let daysBack):
            var wall = CivilTime(now, in: timeZone)
            (wall.hour, wall.minute, wall.second) = (hour, minute, second)
            guard wall.isValid else { return .failure(.invalidDate(typed)) }
            if let daysBack {
                return .success(wall.addingDays(-daysBack).date(in: timeZone))
            }
            let today = wall.date(in: timeZone)
            switch meaning {
            case .happened: return .success(today > now ? wall.addingDays(-1).date(in: timeZone) : today)
            case .due: return .success(today > now ? today : wall.addingDays(1).date(in: timeZone))
            }
        }
    }

    /// One line each, for error messages and help; every example in them parses (the tests check).
    public static let acceptedFormsZH =
        "可用格式：2026-11-23 14:07、2026/11/23 14:07、14:07（今天；若晚于现在则为昨天）、昨天 21:00、今天 08:15、前天 09:00、-30m、-2h、-1d、-90s、30分钟前、现在、截止时间可用 +2h、明天 09:00、23:30（下一个 23:30），或带时区的 2026-11-23T14:07:35+08:00"
    public static let acceptedFormsEN =
        "Accepted: 2026-11-23 14:07, 2026/11/23 14:07, 14:07 (today, or yesterday if later than now), yesterday 21:00, today 08:15, -30m, -2h, -1d, -90s, now, for due times +2h, tomorrow 09:00 and 23:30 (the next 23:30), or ISO 8601 with offset 2026-11-23T14:07:35+08:00"

    private static func foldingFullwidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(UInt8(scalar.value - 0xFEE0)))
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension TimeInput {
    private enum Reading {
        case now
        case ago(seconds: Int)
        case wallClock(CivilTime)
        /// `daysBack` nil means the most recent such time.
        case timeOfDay(hour: Int, minute: Int, second: Int, daysBack: Int?)

        /// Days back; due times (督办) reach forward, so 明天 and 后天 count back -1 and -2.
        private static let dayWords: [(String, Int)] = [
            ("今天", 0), ("昨天", 1), ("前天", 2), ("明天", -1), ("后天", -2), ("today", 0), ("yesterday", 1),
            ("tomorrow", -1),
        ]
        private static let shortUnits: [(String, Int)] = [("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)]
        /// Longer words first so "分钟" is not read as "分" followed by junk.
        private static let chineseUnits: [(String, Int)] = [
            ("秒", 1), ("分钟", 60), ("分", 60), ("小时", 3_600), ("天", 86_400),
        ]

        /// Expects folded, lowercased text.
        init?(_ text: String) {
            if text == "now" || text == "现在" {
                self = .now
                return
            }
            for read in [Self.agoShort, Self.agoChinese, Self.clock, Self.dayWordClock, Self.localDateTime] {
                var cursor = Cursor(text)
                if let reading = read(&cursor), cursor.atEnd {
                    self = reading
                    return
                }
            }
            return nil
        }

        /// `-2h` is two hours ago; `+2h` two hours ahead, for due times.
        private static func agoShort(_ c: inout Cursor) -> Reading? {
            guard let sign = c.take(oneOf: [("-", 1), ("+", -1)]), let amount = c.number(digits: 1...6) else { return nil }
            c.skipSpaces()
            guard let unit = c.take(oneOf: shortUnits) else { return nil }
            return .ago(seconds: sign * amount * unit)
        }

        private static func agoChinese(_ c: inout Cursor) -> Reading? {
            guard let amount = c.number(digits: 1...6) else { return nil }
            c.skipSpaces()
            guard let unit = c.take(oneOf: chineseUnits), c.take("前") else { return nil }
            return .ago(seconds: amount * unit)
        }

        private static func clock(_ c: inout Cursor) -> Reading? {
            guard let (hour, minute, second) = c.clock() else { return nil }
            return .timeOfDay(hour: hour, minute: minute, second: second, daysBack: nil)
        }

        private static func dayWordClock(_ c: inout Cursor) -> Reading? {
            guard let daysBack = c.take(oneOf: dayWords) else { return nil }
            c.skipSpaces()
            guard let (hour, minute, second) = c.clock() else { return nil }
            return .timeOfDay(hour: hour, minute: minute, second: second, daysBack: daysBack)
        }

        private static func localDateTime(_ c: inout Cursor) -> Reading? {
            guard let year = c.number(digits: 4...4),
                  let separator = c.take(oneOf: [("-", "-"), ("/", "/")]),
                  let month = c.number(digits: 1...2), c.take(separator),
                  let day = c.number(digits: 1...2),
                  c.skipSpaces() || c.take("t"),
                  let (hour, minute, second) = c.clock()
            else { return nil }
            return .wallClock(CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
        }
    }

    private struct Cursor {
        private var rest: Substring

        init(_ text: String) { rest = text[...] }

        var atEnd: Bool { rest.isEmpty }

        mutating func take(_ literal: String) -> Bool {
            guard rest.hasPrefix(literal) else { return false }
            rest = rest.dropFirst(literal.count)
            return true
        }

        mutating func take<Value>(oneOf choices: [(String, Value)]) -> Value? {
            choices.first { take($0.0) }?.1
        }

        @discardableResult
        mutating func skipSpaces() -> Bool {
            let spaces = rest.prefix { $0.isWhitespace }
            rest = rest.dropFirst(spaces.count)
            return !spaces.isEmpty
        }

        /// All the digits here, which must number within `digits`: "123:45" is not hour 12.
        mutating func number(digits: ClosedRange<Int>) -> Int? {
            let run = rest.prefix { $0.isASCII && $0.isWholeNumber }
            guard digits.contains(run.count) else { return nil }
            rest = rest.dropFirst(run.count)
            return Int(run)
        }

        /// `H:MM` or `H:MM:SS`, the hour one or two digits.
        mutating func clock() -> (Int, Int, Int)? {
            guard let hour = number(digits: 1...2), take(":"),
                  let minute = number(digits: 2...2)
            else { return nil }
            guard take(":") else { return (hour, minute, 0) }
            guard let second = number(digits: 2...2) else { return nil }
            return (hour, minute, second)
        }
    }
}
