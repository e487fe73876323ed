import DutyDeskText
import Foundation

/// A calendar day as operators type it for reports: `2026-11-23`, `今天`/`today`, `昨天`/`yesterday`;
/// `明天`/`tomorrow` for what is planned (a risk assessment's decision day).
public enum DayInput {
    public static func parse(_ text: String, today: CivilTime) -> CivilTime? {
        let trimmed = text.trimmingSpaces().lowercased()
        let day = CivilTime(year: today.year, month: today.month, day: today.day)
        switch trimmed {
        case "今天", "today": return day
        case "昨天", "yesterday": return day.addingDays(-1)
        case "明天", "tomorrow": return day.addingDays(1)
        default: break
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let date = Int(parts[2]) else { return nil }
        let parsed = CivilTime(year: year, month: month, day: date)
        return parsed.isValid ? parsed : nil
    }
}

/// Whole local days, both ends included, as reports are asked for ("2026-11-01 to 2026-11-30").
public struct DayRange: Sendable, Equatable {
    public let first: CivilTime
    public let last: CivilTime

    /// Days only: any time of day given is dropped.
    public init(first: CivilTime, last: CivilTime) {
        self.first = CivilTime(year: first.year, month: first.month, day: first.day)
        self.last = CivilTime(year: last.year, month: last.month, day: last.day)
    }

    /// The first moment of the first day.
    public func start(in timeZone: TimeZone) -> Date { first.date(in: timeZone) }
    /// The first moment after the last day.
    public func end(in timeZone: TimeZone) -> Date { last.addingDays(1).date(in: timeZone) }
    /// Every moment on the period's days: what a report counts as "in the period".
    public func moments(in timeZone: TimeZone) -> Range<Date> { start(in: timeZone)..<end(in: timeZone) }

    public var days: [CivilTime] {
        var days: [CivilTime] = []
        var day = first
        while day <= last {
            days.append(day)
            day = day.addingDays(1)
        }
        return days
    }

    public static func text(_ day: CivilTime) -> String {
        Digits.padded(day.year, width: 4) + "-" + Digits.padded(day.month, width: 2) + "-" + Digits.padded(day.day, width: 2)
    }
}
