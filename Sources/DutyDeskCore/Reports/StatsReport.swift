import Foundation

/// 考核统计 for the cases discovered in a period of local days.
public enum StatsReport {
    static let figureColumns = ["cases", "judged", "onTime", "share", "overdue", "firstReleaseMedian", "firstReleaseP90",
                                "pressMedian", "pressP90"]

    public static func document(_ stats: TimelinessStats, context: ReportContext) -> ReportDocument {
        let words = context.words
        func row(_ name: String, _ figures: TimelinessFigures) -> [ReportCell] {
            [.text(name), .integer(figures.cases), .integer(figures.judged), .integer(figures.onTime), .share(figures.share),
             .integer(figures.overdue), .hours(figures.firstReleaseMedian), .hours(figures.firstReleaseP90),
             .hours(figures.pressConferenceMedian), .hours(figures.pressConferenceP90)]
        }
        let byUnit = stats.byUnit.map { row($0.name.isEmpty ? words.unassigned : $0.name, $0) }
        let byGrade = stats.byGrade.map { figures in
            row(Grade(rawValue: figures.name)?.name(in: context.language) ?? figures.name, figures)
        }
        return context.document("stats", subtitle: context.periodText(stats.period), facts: context.periodFacts(stats.period) + [
            context.fact("cases", .integer(stats.total.cases)), context.fact("judged", .integer(stats.total.judged)),
            context.fact("share", .share(stats.total.share)), context.fact("overdue", .integer(stats.total.overdue)),
        ], sections: [
            ReportSection(key: "byUnit", title: words.section("byUnit"), table: context.table(["unit"] + figureColumns, byUnit)),
            ReportSection(key: "byGrade", title: words.section("byGrade"),
                          table: context.table(["grade"] + figureColumns, byGrade)),
            ReportSection(key: "total", title: words.section("total"),
                          table: context.table(["unit"] + figureColumns, [row(words.section("total"), stats.total)])),
            ReportSection(key: "perDay", title: words.section("perDay"),
                          table: context.table(["day", "cases"], stats.perDay.map { day in
                              [.text(DayRange.text(day.day)), .integer(day.cases)]
                          })),
        ])
    }
}

/// 超时通报: every deadline missed with its due time on the period's days, by unit, latest first.
public enum OverdueReport {
    public static func document(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        let from = period.start(in: context.timeZone), to = period.end(in: context.timeZone)
        let missed = state.cases.flatMap { subject in
            Timeliness.missedDeadlines(of: subject, policy: context.policy, now: context.now)
                .filter { $0.dueAt >= from && $0.dueAt < to }
                .map { (unit: context.unitName(subject), subject: subject, missed: $0) }
        }.sorted { ($0.unit, -$0.missed.lateBy, $0.subject.code) < ($1.unit, -$1.missed.lateBy, $1.subject.code) }
        var units: [String] = []
        for entry in missed where !units.contains(entry.unit) { units.append(entry.unit) }
        let words = context.words
        let language = context.language
        return context.document("overdue", subtitle: context.periodText(period), facts: context.periodFacts(period) + [
            context.fact("missed", .integer(missed.count)),
            context.fact("cases", .integer(Set(missed.map(\.subject.id)).count)),
        ], sections: [
            ReportSection(key: "byUnitSummary", title: words.section("byUnitSummary"),
                          table: context.table(["unit", "missed", "cases", "longest"], units.map { unit in
                              let entries = missed.filter { $0.unit == unit }
                              return [.text(unit), .integer(entries.count), .integer(Set(entries.map(\.subject.id)).count),
                                      .hours(entries.map(\.missed.lateBy).max())]
                          })),
            ReportSection(key: "missed", title: words.section("missed"),
                          table: context.table(["unit", "code", "title", "grade", "kind", "dueAt", "metAt", "lateBy"],
                                               missed.map { entry in
                                                   [.text(entry.unit), .text(entry.subject.code), .text(entry.subject.title),
                                                    .text(entry.subject.grade.name(in: language)),
                                                    .text(context.strings.deadlineKind(entry.missed.kind)),
                                                    context.time(entry.missed.dueAt),
                                                    entry.missed.metAt.map(context.time)
                                                        ?? ReportCell(text: words.notMet, json: .null),
                                                    .hours(entry.missed.lateBy)]
                                               })),
        ])
    }
}
