import Foundation

/// 考核统计 for the cases discovered in a period of local days, and the 表彰·约谈·通报批评·问责
/// decided about each unit on those days, so a unit's figures and what was decided about it are read together.
public enum StatsReport {
    static let figureColumns = ["cases", "judged", "onTime", "share", "overdue", "lateRecorded", "firstReportsDue",
                                "firstReportsMissed", "firstReleaseMedian", "firstReleaseP90", "pressMedian", "pressP90"]

    public static func document(_ stats: TimelinessStats, decisions: [AccountabilityDecision],
                                context: ReportContext) -> ReportDocument {
        let words = context.words
        let moments = stats.period.moments(in: context.timeZone)
        func inPeriod(_ date: Date) -> Bool { moments.contains(date) }
        let decided = decisions.filter { inPeriod($0.at) }
        func row(_ name: String, _ figures: TimelinessFigures) -> [ReportCell] {
            [.text(name), .integer(figures.cases), .integer(figures.judged), .integer(figures.onTime), .share(figures.share),
             .integer(figures.overdue), .integer(figures.lateRecorded), .integer(figures.firstReportsDue),
             .integer(figures.firstReportsMissed), .hours(figures.firstReleaseMedian), .hours(figures.firstReleaseP90),
             .hours(figures.pressConferenceMedian), .hours(figures.pressConferenceP90)]
        }
        let byUnit = stats.byUnit.map { row($0.name.isEmpty ? words.unassigned : $0.name, $0) }
        let byLevel = stats.byLevel.map { row($0.value.name(in: context.language), $0.figures) }
        let byGrade = stats.byGrade.map { row($0.value.name(in: context.language), $0.figures) }
        return context.document(.stats, subtitle: context.periodText(stats.period), facts: context.periodFacts(stats.period) + [
            context.fact("cases", .integer(stats.total.cases)), context.fact("judged", .integer(stats.total.judged)),
            context.fact("share", .share(stats.total.share)), context.fact("overdue", .integer(stats.total.overdue)),
            context.fact("lateRecorded", .integer(stats.total.lateRecorded)),
            context.fact("firstReportsMissed", .integer(stats.total.firstReportsMissed)),
        ], sections: [
            ReportSection(key: "byUnit", title: words.section("byUnit"), table: context.table(["unit"] + figureColumns, byUnit)),
            ReportSection(key: "byUnitMeasures", title: words.section("byUnitMeasures"),
                          table: context.table(["unit"] + AccountabilityMeasure.allCases.map(\.code),
                                               AccountabilityReport.measureCounts(decided))),
            ReportSection(key: "byLevel", title: words.section("byLevel"),
                          table: context.table(["level"] + figureColumns, byLevel)),
            ReportSection(key: "byGrade", title: words.section("byGrade"),
                          table: context.table(["grade"] + figureColumns, byGrade)),
            ReportSection(key: "total", title: words.section("total"),
                          table: context.table(["unit"] + figureColumns, [row(words.section("total"), stats.total)])),
            ReportSection(key: "perDay", title: words.section("perDay"),
                          table: context.table(["day", "cases"], stats.perDay.map { day in
                              [.text(DayRange.text(day.day)), .integer(day.cases)]
                          })),
        ] + releaseWorkflow(stats.releaseWorkflow, context: context)
            + ConferenceAttendanceSection.stats(stats.uncountedConferences, context) + OfflineSection.stats(stats.cases, context))
    }

    /// Only a period with drafted releases has the section, so older ledgers' reports read as they did.
    static func releaseWorkflow(_ figures: [ReleaseWorkflowFigures], context: ReportContext) -> [ReportSection] {
        guard !figures.isEmpty else { return [] }
        let words = context.words
        return [ReportSection(key: "releaseWorkflow", title: words.section("releaseWorkflow"), table: context.table(
            ["unit", "drafts", "signedOff", "sentBack", "published", "toSignOffMedian", "toPublicationMedian"],
            figures.map { unit in
                [.text(unit.name.isEmpty ? words.unassigned : unit.name), .integer(unit.drafts), .integer(unit.signedOff),
                 .integer(unit.sentBack), .integer(unit.published), .hours(unit.toSignOffMedian), .hours(unit.toPublicationMedian)]
            }))]
    }
}

/// 超时通报: every deadline missed with its due time on the period's days, by unit, latest first;
/// then every deadline met only by a 补录 entry, and every correction of a discovery time (the
/// field every clock counts from) recorded in the period, so nothing that moved a figure is hidden.
public enum OverdueReport {
    public static func document(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        let moments = period.moments(in: context.timeZone)
        func inPeriod(_ date: Date) -> Bool { moments.contains(date) }
        let assessed = state.cases.map { (subject: $0, assessment: CaseAssessment($0, policy: context.policy, now: context.now)) }
        let missed = assessed.flatMap { subject, assessment in
            assessment.missed.filter { inPeriod($0.dueAt) }.map { (unit: context.unitName(subject), subject: subject, missed: $0) }
        }.sorted { ($0.unit, -$0.missed.lateBy, $0.subject.code) < ($1.unit, -$1.missed.lateBy, $1.subject.code) }
        let lateRecorded = assessed.flatMap { subject, assessment in
            assessment.lateRecorded.filter { inPeriod($0.dueAt) }.map { (subject: subject, entry: $0) }
        }.sorted { ($0.entry.dueAt, $0.subject.code) < ($1.entry.dueAt, $1.subject.code) }
        let corrections = state.cases.flatMap { subject in
            subject.corrections.filter { $0.field == .discoveredAt && inPeriod($0.at) }.map { (subject: subject, record: $0) }
        }.sorted { $0.record.seq < $1.record.seq }
        var units: [String] = []
        for entry in missed where !units.contains(entry.unit) { units.append(entry.unit) }
        let words = context.words
        let language = context.language
        func discovery(_ value: String) -> ReportCell { context.time(ISO8601Timestamp.parse(value)) }
        return context.document(.overdue, subtitle: context.periodText(period), facts: context.periodFacts(period) + [
            context.fact("missed", .integer(missed.count)),
            context.fact("cases", .integer(Set(missed.map(\.subject.id)).count)),
            context.fact("lateRecorded", .integer(lateRecorded.count)),
            context.fact("corrections", .integer(corrections.count)),
        ], sections: [
            ReportSection(key: "byUnitSummary", title: words.section("byUnitSummary"),
                          table: context.table(["unit", "missed", "cases", "longest"], units.map { unit in
                              let entries = missed.filter { $0.unit == unit }
                              return [.text(unit), .integer(entries.count), .integer(Set(entries.map(\.subject.id)).count),
                                      .hours(entries.map(\.missed.lateBy).max())]
                          })),
            ReportSection(key: "missed", title: words.section("missed"),
                          table: context.table(["unit", "code", "title", "level", "grade", "kind", "dueAt", "metAt", "lateBy",
                                                "tolerated"],
                                               missed.map { entry in
                                                   [.text(entry.unit), .text(entry.subject.code), .text(entry.subject.title),
                                                    .text(entry.subject.level.name(in: language)),
                                                    .text(entry.subject.grade.name(in: language)),
                                                    .text(context.strings.deadlineKind(entry.missed.kind)),
                                                    context.time(entry.missed.dueAt),
                                                    entry.missed.metAt.map(context.time)
                                                        ?? ReportCell(text: words.notMet, json: .null),
                                                    .hours(entry.missed.lateBy),
                                                    // 容错 shows wherever the case counts.
                                                    .text(entry.subject.tolerated.map(\.person)
                                                        .joined(separator: context.strings.listSeparator))]
                                               })),
            ReportSection(key: "lateRecorded", title: words.section("lateRecorded"),
                          table: context.table(["unit", "code", "title", "kind", "dueAt", "happenedAt", "recordedAt",
                                                "recordedBy"], lateRecorded.map { entry in
                              [.text(context.unitName(entry.subject)), .text(entry.subject.code), .text(entry.subject.title),
                               .text(context.strings.deadlineKind(entry.entry.kind)), context.time(entry.entry.dueAt),
                               context.time(entry.entry.happenedAt), context.time(entry.entry.recordedAt),
                               .text(entry.entry.operatorName)]
                          })),
            ReportSection(key: "corrections", title: words.section("corrections"),
                          table: context.table(["code", "title", "oldValue", "newValue", "recordedBy", "recordedAt", "reason"],
                                               corrections.map { entry in
                                                   [.text(entry.subject.code), .text(entry.subject.title),
                                                    discovery(entry.record.oldValue), discovery(entry.record.newValue),
                                                    .text(entry.record.by), context.time(entry.record.at),
                                                    .text(entry.record.reason)]
                                               })),
        ])
    }
}
