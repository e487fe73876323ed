import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct StatsReportTests {
    typealias S = Scenario

    /// A unit's figures and what was decided about it on the period's days are read in one report;
    /// a decision on another day stays out of the period's count.
    @Test func theMeasuresDecidedAboutEachUnitAreCountedForThePeriod() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        for (hours, measure) in [(2.0, AccountabilityMeasure.interview), (3, .interview), (4, .commendation)] {
            try scenario.record(at: S.hours(hours)) {
                try $0.decide(AccountabilityDecision(measure: measure, unit: "县水务局", trigger: .passive, cases: [code],
                                                     decidedBy: "王县长", at: S.hours(hours)))
            }
        }
        // 2026-11-24 08:00: the next day, outside a period of the 23rd alone.
        try scenario.record(at: S.hours(24)) {
            try $0.decide(AccountabilityDecision(measure: .criticism, unit: "县住建局", trigger: .mishandled,
                                                 decidedBy: "王县长", at: S.hours(24)))
        }
        let day = CivilTime(year: 2026, month: 11, day: 23)
        let context = ReportContext(now: S.hours(25), timeZone: S.zone, policy: DeadlinePolicy(), deskName: "城关值班台",
                                    language: .chinese)
        let stats = TimelinessStats(scenario.state, period: DayRange(first: day, last: day), policy: DeadlinePolicy(),
                                    now: S.hours(25), timeZone: S.zone)
        let document = StatsReport.document(stats, decisions: scenario.state.decisions, context: context)
        let section = try #require(document.sections.first { $0.key == "byUnitMeasures" })
        #expect(section.table?.columns.map(\.title) == ["责任单位", "表彰", "约谈", "通报批评", "问责"])
        #expect(section.table?.rows.map { $0.map(\.text) } == [["县水务局", "1", "2", "0", "0"]])
    }
}
