import Foundation
import Testing
@testable import DutyDeskCore

/// A case's checklist as the events fold it: items join once, a tick names who and when, and an
/// item the checklist lacks is never ticked into being.
@Suite struct CaseChecklistTests {
    typealias S = Scenario

    static func registered() throws -> Case {
        var scenario = Scenario()
        scenario.responsePlans = ResponsePlans([.major: ["第一时间报告", "起草通稿"]])
        let code = try scenario.report(grade: .major)
        return scenario.subject(code)
    }

    @Test func aPlanAddsOnlyWhatTheChecklistLacksAndKeepsTheTicks() throws {
        var subject = try Self.registered()
        subject.tickChecklist(ChecklistTick(item: "起草通稿", at: S.hours(1)), by: "王芳")
        #expect(subject.checklistLacking(["起草通稿", "主要负责人到场", "第一时间报告"]) == ["主要负责人到场"])
        subject.addChecklist(["起草通稿", "主要负责人到场"])
        #expect(subject.checklist.map(\.text) == ["第一时间报告", "起草通稿", "主要负责人到场"])
        #expect(subject.checklist[1].isTicked && subject.checklist[1].tickedBy == "王芳")
        #expect(subject.untickedChecklist.map(\.text) == ["第一时间报告", "主要负责人到场"])
    }

    @Test func aTickOfAnItemNotOnTheChecklistChangesNothing() throws {
        var subject = try Self.registered()
        let before = subject.checklist
        subject.tickChecklist(ChecklistTick(item: "拟定发言人", at: S.hours(1)), by: "王芳")
        #expect(subject.checklist == before)
        #expect(subject.untickedChecklist.count == 2)
    }
}
