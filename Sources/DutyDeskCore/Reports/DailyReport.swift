import Foundation

/// 舆情日志: every case discovered or handled on one local day, as the desk stood at the end of
/// that day (or now, for today). The caller passes the state replayed to that moment.
public enum DailyReport {
    public static func document(_ state: DeskState, day: CivilTime, context: ReportContext,
                                patrolHours: Double = DeskSettings().patrolHours) -> ReportDocument {
        let start = CivilTime(year: day.year, month: day.month, day: day.day).date(in: context.timeZone)
        let end = CivilTime(year: day.year, month: day.month, day: day.day).addingDays(1).date(in: context.timeZone)
        func during(_ date: Date) -> Bool { date >= start && date < end }
        let strings = context.strings
        // Only cases that name a moment of the day are decoded (a snapshot's closed cases stay records).
        let touching = state.cases.touching(start..<end)
        let rows = touching.compactMap { subject -> [ReportCell]? in
            // Recording counts as handling: a case discovered late last night may be typed in after midnight.
            let handled = subject.timeline.filter { during($0.happenedAt) || during($0.recordedAt) }
            guard during(subject.discoveredAt) || !handled.isEmpty else { return nil }
            let standing = CaseStanding(subject, policy: context.policy, now: context.now)
            let releases = subject.releases.map { release in
                "\(release.isPressConference ? strings.pressConference : strings.releaseName(number: release.number)) "
                    + DisplayTime.minutes(release.at, in: context.timeZone)
            }
            return [.text(subject.code), .text(subject.title), .text(subject.report.locality),
                    .text(subject.report.channel.name(in: context.language)), .text(subject.level.name(in: context.language)),
                    .text(subject.grade.name(in: context.language)),
                    .text(subject.status.name(in: context.language)), context.time(subject.discoveredAt),
                    .text(context.unitName(subject)), .text(releases.joined(separator: strings.listSeparator)),
                    .text(handled.map { strings.summary(of: $0, in: subject, timeZone: context.timeZone) }
                        .joined(separator: strings.listSeparator)),
                    context.left(standing.secondsLeft)]
        }
        let date = DayRange.text(day)
        let discovered = touching.filter { during($0.discoveredAt) }.count
        return context.document(.daily, subtitle: date, facts: [
            context.fact("date", ReportCell(text: date, json: .string(date))),
            context.fact("cases", .integer(rows.count)),
            context.fact("discovered", .integer(discovered)),
        ], sections: [
            ReportSection(key: "cases", title: context.words.section("cases"),
                          table: context.table(["code", "title", "locality", "channel", "level", "grade", "status", "discoveredAt",
                                                "unit", "releases", "handled", "left"], rows)),
            PatrolSection.section(state.patrols, from: start, to: min(end, context.now), hours: patrolHours, context: context),
        ])
    }
}
