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
}
