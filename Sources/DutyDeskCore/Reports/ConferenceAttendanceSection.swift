import Foundation

/// Per unit, how many of a period's cases had something flagged, and which: a count the stats show
/// beside the figures without changing them.
public struct UnitFlagCount: Sendable, Equatable {
    public let name: String
    public let count: Int
    public let cases: [String]

    /// Counted under `Case.answerableUnit`, as the figures are; `count` gives each case's number of flags.
    static func byUnit(_ cases: [Case], count: (Case) -> Int) -> [UnitFlagCount] {
        let flagged = cases.filter { count($0) > 0 }
        return Dictionary(grouping: flagged) { $0.answerableUnit ?? "" }.sorted { $0.key < $1.key }.map { unit, group in
            UnitFlagCount(name: unit, count: group.map(count).reduce(0, +), cases: group.map(\.code).sorted())
        }
    }
}

/// Who attended a case's press conferences, and which did not count (001: 相关单位负责人或新闻发言人应当出席).
enum ConferenceAttendanceSection {
    /// The brief's section, only when a conference of the case has its attendance recorded (older briefs
    /// read as they did).
    static func brief(_ subject: Case, _ context: ReportContext) -> [ReportSection] {
        let counted = subject.releases.compactMap { release -> (String, PressConference)? in
            guard case .pressConference(let press) = release.kind else { return nil }
            return (context.strings.releaseName(number: release.number), press)
        }
        let uncounted = subject.uncountedConferences.map { (context.strings.speakers.uncountedShort, $0.conference) }
        let held = (counted + uncounted).sorted { $0.1.at < $1.1.at }
        guard held.contains(where: { $0.1.attendees != nil }) else { return [] }
        let strings = context.strings, words = strings.speakers
        return [ReportSection(
            key: "conferenceAttendance", title: words.attendanceTitle,
            paragraphs: subject.uncountedConferences.isEmpty ? [] : [words.uncounted],
            table: context.table(
                [.init("conference", words.conferenceColumn), .init("at", words.atColumn),
                 .init("attendees", words.attendeesColumn), .init("counts", words.countsColumn)],
                held.map { name, press in
                    [.text(name), context.time(press.at),
                     .text(press.attendees.map(strings.attendance) ?? words.notRecorded),
                     ReportCell(text: press.meetsAttendance ? "✓" : "✗", json: .bool(press.meetsAttendance))]
                }))]
    }

    /// The stats' section, only for a period with a conference that did not count.
    static func stats(_ figures: [UnitFlagCount], _ context: ReportContext) -> [ReportSection] {
        guard !figures.isEmpty else { return [] }
        let words = context.strings.speakers
        return [ReportSection(
            key: "uncountedConferences", title: words.uncountedTitle,
            table: context.table(
                [.init("unit", words.unitColumn), .init("conferences", words.countColumn),
                 .init("cases", words.casesColumn)],
                figures.map { unit in
                    [.text(unit.name.isEmpty ? context.words.unassigned : unit.name), .integer(unit.count),
                     .text(unit.cases.joined(separator: words.listSeparator))]
                }))]
    }
}
