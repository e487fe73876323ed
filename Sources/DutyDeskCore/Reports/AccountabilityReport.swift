import Foundation

/// 表彰·约谈·通报批评·问责 for a period: every decision recorded with its time on the period's
/// days, a count per unit and measure, and every 容错 granted in the period.
public enum AccountabilityReport {
    public static func document(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        let moments = period.moments(in: context.timeZone)
        func inPeriod(_ date: Date) -> Bool { moments.contains(date) }
        let language = context.language
        let words = context.words
        let decisions = state.decisions.filter { inPeriod($0.at) }
        let tolerated = state.cases.flatMap { subject in
            subject.tolerated.filter { inPeriod($0.at) }.map { (subject: subject, toleration: $0) }
        }
        return context.document(.accountability, subtitle: context.periodText(period), facts: context.periodFacts(period) + [
            context.fact("decisions", .integer(decisions.count)), context.fact("tolerated", .integer(tolerated.count)),
        ], sections: [
            ReportSection(key: "byUnitMeasures", title: words.section("byUnitMeasures"),
                          table: context.table(["unit"] + AccountabilityMeasure.allCases.map(\.code),
                                               measureCounts(decisions))),
            ReportSection(key: "decisions", title: words.section("decisions"),
                          table: context.table(["at", "measure", "unit", "person", "trigger", "caseCodes", "report", "decidedBy",
                                                "note"], decisions.map { decision in
                              [context.time(decision.at), .text(decision.measure.name(in: language)), .text(decision.unit),
                               .text(decision.person), .text(decision.trigger.name(in: language)),
                               .text(decision.cases.joined(separator: context.strings.listSeparator)), .text(decision.report),
                               .text(decision.decidedBy), .text(decision.note)]
                          })),
            ReportSection(key: "tolerated", title: words.section("tolerated"),
                          table: context.table(["code", "title", "person", "reason", "recordedBy", "recordedAt"],
                                               tolerated.map { entry in
                                                   [.text(entry.subject.code), .text(entry.subject.title),
                                                    .text(entry.toleration.person), .text(entry.toleration.reason),
                                                    .text(entry.toleration.by), context.time(entry.toleration.at)]
                                               })),
        ])
    }

    /// One row per unit that had any decision: how many of each measure, in the vocabulary's order.
    static func measureCounts(_ decisions: [AccountabilityDecision]) -> [[ReportCell]] {
        Dictionary(grouping: decisions, by: \.unit).sorted { $0.key < $1.key }.map { unit, decided in
            [.text(unit)] + AccountabilityMeasure.allCases.map { measure in .integer(decided.filter { $0.measure == measure }.count) }
        }
    }
}
