import Foundation
import Testing
@testable import DutyDeskCore

/// 舆情分析报告: one case as it moved, and a period's volume and answers.
@Suite struct AnalysisReportTests {
    typealias S = Scenario

    /// The reports per channel and day count the discovery and every linked report; each release
    /// says how long after discovery it came.
    @Test func aCasesReportsAreCountedPerDayAndChannelAndItsReleasesTimed() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(2)) { try $0.link(code, report: LinkedReport(channel: .hotline, caller: "王先生")) }
        try scenario.record(at: S.hours(3)) { try $0.link(code, report: LinkedReport(channel: .hotline)) }
        try scenario.record(at: S.hours(20)) { try $0.link(code, report: LinkedReport(channel: .weibo)) }
        try scenario.record(at: S.hours(5)) { try $0.respond(code, method: .portal, text: "情况说明", at: S.hours(4.5)) }
        let document = AnalysisReport.document(scenario.subject(code), context: ReportFixture.context(at: S.hours(21)))
        #expect(document.title.hasSuffix(code))
        // Sorted by day, then by the channel's code: hotline, phone, weibo.
        #expect(ReportFixture.rows(ReportFixture.section(document, "reportsByDay")) == [
            ["2026-11-23", "政府热线", "2"], ["2026-11-23", "值班电话", "1"], ["2026-11-24", "微博", "1"],
        ])
        #expect(ReportFixture.rows(ReportFixture.section(document, "releaseTiming"))
            == [[Strings.chinese.releaseName(number: 0), "2026-11-23 12:30", "4.5"]])
        #expect(ReportFixture.section(document, "qualitative")?.paragraphs == [ReportStrings.chinese.notTriaged])
    }

    /// The period's cases are those discovered in it; each tally is largest first, and only a case
    /// reported more than once is among the most reported.
    @Test func aPeriodTalliesItsOwnCasesLargestFirst() throws {
        var scenario = Scenario()
        let first = try scenario.report("网传自来水发黄", grade: .major)
        _ = try scenario.report("夜间施工扰民", grade: .general, discovered: S.hours(1))
        _ = try scenario.report("暴雨致道路积水", grade: .major, discovered: S.hours(2))
        _ = try scenario.report("次日的事件", grade: .general, discovered: S.hours(20))
        try scenario.record(at: S.hours(3)) { try $0.link(first, report: LinkedReport(channel: .weibo)) }
        let period = DayRange(first: ReportFixture.day(23), last: ReportFixture.day(23))
        let document = AnalysisReport.document(scenario.state, period: period, context: ReportFixture.context(at: S.hours(21)))
        #expect(ReportFixture.fact(document, "cases")?.text == "3")
        #expect(ReportFixture.rows(ReportFixture.section(document, "by-grade")) == [["重大", "2"], ["一般", "1"]])
        #expect(ReportFixture.rows(ReportFixture.section(document, "by-locality")) == [["城关镇", "3"]])
        #expect(ReportFixture.rows(ReportFixture.section(document, "mostReported")).map(\.first) == [first])
        #expect(ReportFixture.rows(ReportFixture.section(document, "by-warningClass")) == [[ReportStrings.chinese.unassigned, "3"]])
    }
}
