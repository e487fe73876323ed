import Foundation
import Testing
@testable import DutyDeskCore

/// 分级响应预案 in the reports: the brief's checklist table and the handover's items still to do,
/// and neither where there is no checklist, so desks without plans read as before.
@Suite struct ChecklistSectionTests {
    typealias S = Scenario

    static func scenario() throws -> (Scenario, major: String, general: String) {
        var scenario = Scenario()
        scenario.responsePlans = ResponsePlans([.major: ["第一时间报告", "起草通稿"]])
        let major = try scenario.report(grade: .major)
        let general = try scenario.report("路灯不亮", grade: .general)
        try scenario.record(at: S.hours(1)) { try $0.tickChecklist(major, item: "第一时间报告", at: nil) }
        return (scenario, major, general)
    }

    @Test func theBriefListsEachItemDoneOrNot() throws {
        let (scenario, major, general) = try Self.scenario()
        let context = ReportFixture.context(at: S.hours(2))
        #expect(ChecklistSection.brief(scenario.subject(general), context).isEmpty)
        let section = try #require(ChecklistSection.brief(scenario.subject(major), context).first)
        #expect(section.title == "响应预案")
        #expect(ReportFixture.rows(section) == [["第一时间报告", "值班员", context.time(S.hours(1)).text],
                                                ["起草通稿", "未办", context.time(nil).text]])
        let english = try #require(ChecklistSection.brief(scenario.subject(major), ReportFixture.context(at: S.hours(2),
                                                                                                         language: .english)).first)
        #expect(english.title == "Response plan" && ReportFixture.rows(english)[1][1] == "not done")
    }

    @Test func theHandoverListsOnlyTheCasesWithItemsToDo() throws {
        var (scenario, major, general) = try Self.scenario()
        let context = ReportFixture.context(at: S.hours(2))
        let standings = { (scenario: Scenario) in
            [major, general].map { CaseStanding(scenario.subject($0), policy: DeadlinePolicy(), now: S.hours(2)) }
        }
        let section = try #require(ChecklistSection.handover(standings(scenario), context).first)
        #expect(section.title == "预案未办事项")
        #expect(ReportFixture.rows(section) == [[major, "网传自来水发黄", "起草通稿"]])
        try scenario.record(at: S.hours(1.5)) { try $0.tickChecklist(major, item: "起草通稿", at: nil) }
        #expect(ChecklistSection.handover(standings(scenario), context).isEmpty)
    }
}
