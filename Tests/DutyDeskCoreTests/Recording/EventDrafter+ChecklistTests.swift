import Foundation
import Testing
@testable import DutyDeskCore

/// 分级响应预案: a case gets its grade's checklist at registration and at a regrade, and an item is
/// ticked once (`EventDrafter+Checklist.swift`); the refusals' words are `ChecklistStringsTests`'.
@Suite struct ChecklistTests {
    typealias S = Scenario

    static let plans = ResponsePlans([
        .major: ["第一时间报告", "收集权威信息", "起草通稿"],
        .extraordinary: ["第一时间报告", "收集权威信息", "起草通稿", "主要负责人到场"],
    ])

    static func major() throws -> (Scenario, String) {
        var scenario = Scenario()
        scenario.responsePlans = plans
        let code = try scenario.report(grade: .major)
        return (scenario, code)
    }

    @Test func aCaseIsRegisteredWithItsGradesPlan() throws {
        let (scenario, code) = try Self.major()
        let subject = scenario.subject(code)
        #expect(subject.checklist.map(\.text) == ["第一时间报告", "收集权威信息", "起草通稿"])
        #expect(subject.report.checklist == ["第一时间报告", "收集权威信息", "起草通稿"])
        #expect(subject.untickedChecklist.count == 3)
        // A grade without a plan gives none.
        var other = Scenario()
        other.responsePlans = Self.plans
        let general = try other.report(grade: .general)
        #expect(other.subject(general).checklist.isEmpty)
    }

    @Test func tickingIsByTextOrNumberAndOnce() throws {
        var (scenario, code) = try Self.major()
        try scenario.record(at: S.hours(0.5)) { try $0.tickChecklist(code, item: "第一时间报告", at: S.hours(0.25)) }
        try scenario.record(at: S.hours(1)) { try $0.tickChecklist(code, item: " 3 ", at: nil) }
        let subject = scenario.subject(code)
        #expect(subject.checklist[0].tickedBy == "值班员")
        #expect(subject.checklist[0].tickedAt == S.hours(0.25))
        #expect(subject.checklist[2].tickedAt == S.hours(1))
        #expect(subject.untickedChecklist.map(\.text) == ["收集权威信息"])
        #expect(subject.timeline.last?.body == .checklistTicked(ChecklistTick(item: "起草通稿", at: S.hours(1))))
        #expect(Strings.chinese.summary(of: subject.timeline.last!.body) == "预案事项已办：起草通稿")
        #expect(Strings.english.summary(of: subject.timeline.last!.body) == "Plan item done: 起草通稿")
        #expect(throws: DraftRefusal.alreadyTicked(code: code, item: "第一时间报告", by: "值班员", at: S.hours(0.25))) {
            try scenario.record(at: S.hours(2)) { try $0.tickChecklist(code, item: "1", at: nil) }
        }
        #expect(throws: DraftRefusal.unknownChecklistItem(code: code, item: "拟定发言人", unticked: ["收集权威信息"])) {
            try scenario.record(at: S.hours(2)) { try $0.tickChecklist(code, item: "拟定发言人", at: nil) }
        }
        #expect(throws: DraftRefusal.unknownChecklistItem(code: code, item: "9", unticked: ["收集权威信息"])) {
            try scenario.record(at: S.hours(2)) { try $0.tickChecklist(code, item: "9", at: nil) }
        }
        #expect(throws: DraftRefusal.inFuture(field: .at, value: S.hours(3), now: S.hours(2))) {
            try scenario.record(at: S.hours(2)) { try $0.tickChecklist(code, item: "收集权威信息", at: S.hours(3)) }
        }
    }

    @Test func aRegradeAddsTheNewItemsAndKeepsTheTicks() throws {
        var (scenario, code) = try Self.major()
        try scenario.record(at: S.hours(0.5)) { try $0.tickChecklist(code, item: "第一时间报告", at: nil) }
        try scenario.record(at: S.hours(1)) { try $0.regrade(code, to: .extraordinary, at: nil) }
        var subject = scenario.subject(code)
        // Only what the new plan adds is written: the ledger says what the regrade required.
        #expect(subject.timeline.last?.body == .caseRegraded(grade: .extraordinary, at: S.hours(1), checklist: ["主要负责人到场"]))
        #expect(subject.checklist.map(\.text) == ["第一时间报告", "收集权威信息", "起草通稿", "主要负责人到场"])
        #expect(subject.checklist[0].isTicked)
        // The timeline line names what the regrade added.
        #expect(Strings.chinese.summary(of: subject.timeline.last!.body) == "定级为特别重大，预案新增：主要负责人到场")
        #expect(Strings.english.summary(of: subject.timeline.last!.body).hasSuffix("; plan items added: 主要负责人到场"))
        // Down again: nothing is taken away, nothing added.
        try scenario.record(at: S.hours(2)) { try $0.regrade(code, to: .general, at: nil) }
        subject = scenario.subject(code)
        #expect(subject.timeline.last?.body == .caseRegraded(grade: .general, at: S.hours(2)))
        #expect(subject.checklist.count == 4)
    }
}
