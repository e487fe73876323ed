import Foundation

/// Every document the desk writes. The raw value is the `kind` a program reads in the JSON and
/// the `report` subcommand's name; each kind says its own title and the days it covers when none
/// are asked for, so the CLI and the console cannot disagree on either.
public enum ReportKind: String, Sendable, CaseIterable {
    case handover, daily, stats, overdue
    case caseBrief = "case"
    case analysis, accountability

    public func title(_ words: ReportStrings) -> String {
        let titles = words.titles
        switch self {
        case .handover: return titles.handover
        case .daily: return titles.daily
        case .stats: return titles.stats
        case .overdue: return titles.overdue
        case .caseBrief: return titles.caseBrief
        case .analysis: return titles.analysis
        case .accountability: return titles.accountability
        }
    }

    /// The days covered when only the last is known (today, or `--to`): that day for the daily
    /// log, the month up to it for the figures; nil for a report that is not over days.
    public func defaultPeriod(endingOn last: CivilTime) -> DayRange? {
        switch self {
        case .daily: DayRange(first: last, last: last)
        case .stats, .overdue, .analysis, .accountability:
            DayRange(first: CivilTime(year: last.year, month: last.month, day: 1), last: last)
        case .handover, .caseBrief: nil
        }
    }

    /// The default period ending on the day `now` falls on in the desk's zone, for a screen that
    /// knows the moment but not the day.
    public func defaultPeriod(endingAt now: Date, in timeZone: TimeZone) -> DayRange? {
        let moment = CivilTime(now, in: timeZone)
        return defaultPeriod(endingOn: CivilTime(year: moment.year, month: moment.month, day: moment.day))
    }
}

/// The name of each kind of report, in one language.
public struct ReportTitles: Sendable {
    public let handover: String
    public let daily: String
    public let stats: String
    public let overdue: String
    public let caseBrief: String
    public let analysis: String
    public let accountability: String
}
