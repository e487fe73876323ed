import DutyDeskText
import Foundation

/// Local times as people read them on the desk: "2026-11-23 14:07".
public enum DisplayTime {
    public static func minutes(_ date: Date, in timeZone: TimeZone) -> String {
        let local = CivilTime(date, in: timeZone)
        return clock(local)
    }

    public static func seconds(_ date: Date, in timeZone: TimeZone) -> String {
        let local = CivilTime(date, in: timeZone)
        return clock(local) + ":" + Digits.padded(local.second, width: 2)
    }

    /// "2026-11-23 14:07".
    private static func clock(_ local: CivilTime) -> String {
        DayRange.text(local) + " " + Digits.padded(local.hour, width: 2) + ":" + Digits.padded(local.minute, width: 2)
    }

    /// The zone's offset at that moment as the header shows it beside the clock: "UTC+8",
    /// "UTC-3:30", "UTC", so an operator on a UTC server knows which clock the desk keeps.
    public static func zone(_ timeZone: TimeZone, at date: Date) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60
        let sign = offset > 0 ? "+" : "-"
        return minutes % 60 == 0 ? "UTC\(sign)\(minutes / 60)" : "UTC\(sign)\(minutes / 60):" + Digits.padded(minutes % 60, width: 2)
    }
}
