import Foundation

/// Local times as people read them on the desk: "2026-11-23 14:07".
public enum DisplayTime {
    public static func minutes(_ date: Date, in timeZone: TimeZone) -> String {
        let local = CivilTime(date, in: timeZone)
        return String(format: "%04d-%02d-%02d %02d:%02d", local.year, local.month, local.day, local.hour, local.minute)
    }

    public static func seconds(_ date: Date, in timeZone: TimeZone) -> String {
        let local = CivilTime(date, in: timeZone)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", local.year, local.month, local.day,
                      local.hour, local.minute, local.second)
    }

    /// The zone's offset at that moment as the header shows it beside the clock: "UTC+8",
    /// "UTC-3:30", "UTC", so an operator on a UTC server knows which clock the desk keeps.
    public static func zone(_ timeZone: TimeZone, at date: Date) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60
        let sign = offset > 0 ? "+" : "-"
        return minutes % 60 == 0 ? "UTC\(sign)\(minutes / 60)" : String(format: "UTC%@%d:%02d", sign, minutes / 60, minutes % 60)
    }
}
