import Foundation
import Testing
@testable import DutyDeskCore

/// 表彰·约谈·通报批评·问责 for a period, counted per unit and measure, and the 容错 granted in it.
@Suite struct AccountabilityReportTests {
    typealias S = Scenario

    static func decision(_ measure: AccountabilityMeasure, _ unit: String, at: Date) -> AccountabilityDecision {
        AccountabilityDecision(measure: measure, unit: unit, trigger: measure == .commendation ? .goodWork : .lateResponse,
                               decidedBy: "督查室", at: at)
    }

    @Test func eachUnitCountsItsMeasuresInTheVocabularysOrder() {
        let rows = AccountabilityReport.measureCounts([
            Self.decision(.criticism, "县水务局", at: S.start), Self.decision(.interview, "县水务局", at: S.start),
            Self.decision(.criticism, "县水务局", at: S.start), Self.decision(.commendation, "城关镇", at: S.start),
        ]).map { $0.map(\.text) }
        // Units in code-point order of their names: 县 (U+53BF) before 城 (U+57CE).
        #expect(rows == [["县水务局", "0", "1", "2", "0"], ["城关镇", "1", "0", "0", "0"]])
        #expect(AccountabilityReport.measureCounts([]).isEmpty)
    }

    /// A decision dated the day after the period, or a 容错 granted then, is another period's.
    @Test func onlyThePeriodsDecisionsAndTolerationsAreListed() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.respond(code, method: .portal, text: "情况说明", at: S.hours(1),
                                                             spokesperson: "张明") }
        try scenario.record(at: S.hours(2)) { try $0.decide(Self.decision(.interview, "县水务局", at: S.hours(2))) }
        try scenario.record(at: S.hours(3)) { try $0.tolerate(code, person: "张明", reason: "口径偏差，及时更正") }
        try scenario.record(at: S.hours(26)) { try $0.decide(Self.decision(.criticism, "城关镇", at: S.hours(26))) }

        let period = DayRange(first: ReportFixture.day(23), last: ReportFixture.day(23))
        let document = AccountabilityReport.document(scenario.state, period: period, context: ReportFixture.context(at: S.hours(30)))
        #expect(document.kind == "accountability")
        #expect(ReportFixture.fact(document, "decisions")?.text == "1")
        #expect(ReportFixture.fact(document, "tolerated")?.text == "1")
        #expect(ReportFixture.rows(ReportFixture.section(document, "byUnitMeasures")) == [["县水务局", "0", "1", "0", "0"]])
        let decisions = ReportFixture.rows(ReportFixture.section(document, "decisions"))
        #expect(decisions.map { $0[1] } == ["约谈"])
        #expect(ReportFixture.rows(ReportFixture.section(document, "tolerated")).first?.prefix(4)
            == [code, "网传自来水发黄", "张明", "口径偏差，及时更正"])

        let both = DayRange(first: ReportFixture.day(23), last: ReportFixture.day(24))
        let longer = AccountabilityReport.document(scenario.state, period: both, context: ReportFixture.context(at: S.hours(30)))
        #expect(ReportFixture.fact(longer, "decisions")?.text == "2")
    }
}
