import Foundation
import Testing
@testable import DutyDeskCore

/// 舆情日志: the cases discovered or handled on one local day, and no others.
@Suite struct DailyReportTests {
    typealias S = Scenario

    static func document(_ state: DeskState, day: Int, at now: Date) -> ReportDocument {
        DailyReport.document(state, day: ReportFixture.day(day), context: ReportFixture.context(at: now))
    }

    /// A: discovered on the 23rd and answered on the 24th. B: discovered at 23:30 on the 23rd and typed in
    /// after midnight. C: discovered on the 24th. D: discovered on the 23rd and left alone.
    @Test func aDayHoldsTheCasesDiscoveredOrHandledOnIt() throws {
        var scenario = Scenario()
        let a = try scenario.report("网传自来水发黄")
        let d = try scenario.report("路灯不亮", discovered: S.hours(2))
        let b = try scenario.report("夜间施工扰民", discovered: S.hours(15.5), typedAt: S.hours(16.2))
        let c = try scenario.report("学校周边网吧接纳未成年人", discovered: S.hours(25))
        try scenario.record(at: S.hours(26)) { try $0.respond(a, method: .portal, text: "水质达标", at: S.hours(26)) }

        let next = Self.document(scenario.state, day: 24, at: S.hours(30))
        let codes = ReportFixture.rows(ReportFixture.section(next, "cases")).map { $0[0] }
        #expect(Set(codes) == [a, b, c])
        #expect(!codes.contains(d))
        #expect(ReportFixture.fact(next, "cases")?.text == "3")
        #expect(ReportFixture.fact(next, "discovered")?.text == "1")
        #expect(ReportFixture.fact(next, "date")?.text == "2026-11-24")
        #expect(next.title.hasSuffix("2026-11-24"))
        let answered = ReportFixture.rows(ReportFixture.section(next, "cases")).first { $0[0] == a }
        #expect(answered?[9] == Strings.chinese.releaseName(number: 0) + " 2026-11-24 10:00")

        let first = Self.document(scenario.state, day: 23, at: S.hours(30))
        #expect(Set(ReportFixture.rows(ReportFixture.section(first, "cases")).map { $0[0] }) == [a, b, d])
        #expect(ReportFixture.fact(first, "discovered")?.text == "3")
    }

    @Test func aQuietDayHasAnEmptyTableAndItsPatrols() {
        let document = Self.document(Scenario().state, day: 23, at: S.hours(4))
        #expect(document.sections.map(\.key) == ["cases", "patrols"])
        #expect(ReportFixture.section(document, "cases")?.table?.rows.isEmpty == true)
        #expect(ReportFixture.fact(document, "cases")?.text == "0")
    }
}
