import Foundation

/// The patrols (巡查) of a stretch of time, for the handover (the shift) and the daily log (the
/// day), each stretch longer than `patrol-hours` without one said above the table.
enum PatrolSection {
    static func section(_ patrols: [PatrolRecord], from start: Date, to end: Date, hours: Double,
                        context: ReportContext) -> ReportSection {
        let strings = context.strings
        let shown = patrols.filter { $0.patrol.at >= start && $0.patrol.at <= end }.sorted { $0.patrol.at < $1.patrol.at }
        let gaps = PatrolGaps.gaps(shown.map(\.patrol.at), from: start, to: end, hours: hours)
        func time(_ date: Date) -> String { DisplayTime.minutes(date, in: context.timeZone) }
        let flagged = gaps.map { gap in
            fill(context.words.label("patrolGap"), format(hours), time(gap.from), time(gap.to),
                 strings.waited(Int(gap.to.timeIntervalSince(gap.from))))
        }
        return ReportSection(key: "patrols", title: context.words.section("patrols"), paragraphs: flagged,
                             table: context.table(["at", "channels", "findings", "recordedBy"], shown.map { record in
                                 [context.time(record.patrol.at),
                                  ReportCell(text: record.patrol.channels.map { $0.name(in: context.language) }
                                      .joined(separator: strings.listSeparator),
                                             json: .array(record.patrol.channels.map { .string($0.code) })),
                                  .text(strings.patrolFindings(record.patrol)), .text(record.operatorName)]
                             }))
    }

    /// "2" rather than "2.0" for whole hours.
    static func format(_ hours: Double) -> String { hours == hours.rounded() ? String(Int(hours)) : String(hours) }
}
