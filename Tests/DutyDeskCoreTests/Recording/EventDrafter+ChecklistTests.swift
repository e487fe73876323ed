import Foundation
import Testing
@testable import DutyDeskCore

/// 分级响应预案: a case gets the plans of its grade, level and class at registration, at a regrade and
/// at a triage that changes one, and an item is ticked once (`EventDrafter+Checklist.swift`); the refusals' words are `ChecklistStringsTests`'.
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

    static let perLevelAndClass = ResponsePlans([.major: ["第一时间报告", "起草通稿"]],
                                                levels: [.major: ["第一时间报告", "报告县政府办"]],
                                                classes: [.sensitive: ["会商研判", "起草通稿"], .emergency: ["拟定发言人"]])

    @Test func aCaseIsRegisteredWithItsGradesAndLevelsPlans() throws {
        var scenario = Scenario()
        scenario.responsePlans = Self.perLevelAndClass
        var intake = EventDrafter.Intake(title: "网传水库溃坝", locality: "城关镇")
        intake.grade = .major
        intake.level = .major
        let subject = try scenario.record(at: S.start) { try $0.report(intake, newCaseID: CaseID("C-1")) }!
        // 第一时间报告 is in both plans and on the checklist once.
        #expect(subject.report.checklist == ["第一时间报告", "起草通稿", "报告县政府办"])
    }

    @Test func aTriageAddsWhatItsClassAndLevelRequireAndKeepsTheTicks() throws {
        var scenario = Scenario()
        scenario.responsePlans = Self.perLevelAndClass
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(0.5)) { try $0.tickChecklist(code, item: "起草通稿", at: nil) }
        var triage = Triage(at: S.hours(1))
        triage.warningClass = .sensitive
        triage.level = .major
        try scenario.record(at: S.hours(1)) { try $0.triage(code, triage) }
        var subject = scenario.subject(code)
        // Only what the class and level add is written; 起草通稿, on the checklist already, stays ticked.
        guard case .caseTriaged(let recorded) = subject.timeline.last?.body else { Issue.record("no triage"); return }
        #expect(recorded.checklist == ["报告县政府办", "会商研判"])
        #expect(subject.checklist.map(\.text) == ["第一时间报告", "起草通稿", "报告县政府办", "会商研判"])
        #expect(subject.checklist[1].isTicked)
        #expect(Strings.chinese.summary(of: subject.timeline.last!.body).hasSuffix("，预案新增：报告县政府办、会商研判"))
        // A triage naming nothing the plans care about adds nothing; a regrade keeps the class's items in view.
        var note = Triage(at: S.hours(2))
        note.nature = "谣言"
        try scenario.record(at: S.hours(2)) { try $0.triage(code, note) }
        guard case .caseTriaged(let plain) = scenario.subject(code).timeline.last?.body else { Issue.record("no triage"); return }
        #expect(plain.checklist.isEmpty)
        var emergency = Triage(at: S.hours(3))
        emergency.warningClass = .emergency
        emergency.grade = .general
        try scenario.record(at: S.hours(3)) { try $0.triage(code, emergency) }
        subject = scenario.subject(code)
        guard case .caseTriaged(let reclassed) = subject.timeline.last?.body else { Issue.record("no triage"); return }
        #expect(reclassed.checklist == ["拟定发言人"])
        #expect(subject.checklist.count == 5, "a lower grade or another class takes nothing away")
        try scenario.record(at: S.hours(4)) { try $0.regrade(code, to: .major, at: nil) }
        #expect(scenario.subject(code).timeline.last?.body == .caseRegraded(grade: .major, at: S.hours(4)))
    }

    /// Plans that grew in the settings after a case was registered reach it through a change of
    /// grade, level or class, never through a judgement of something else (its nature, a note).
    @Test func aTriageOfOtherFactorsBringsNoItemsEvenWhenThePlansGrew() throws {
        var scenario = Scenario()
        scenario.responsePlans = ResponsePlans([.major: ["第一时间报告"]])
        let code = try scenario.report(grade: .major)
        scenario.responsePlans = ResponsePlans([.major: ["第一时间报告", "起草通稿"]])
        var note = Triage(at: S.hours(1))
        note.nature = "谣言"
        try scenario.record(at: S.hours(1)) { try $0.triage(code, note) }
        guard case .caseTriaged(let plain) = scenario.subject(code).timeline.last?.body else { Issue.record("no triage"); return }
        #expect(plain.checklist.isEmpty)
        #expect(scenario.subject(code).checklist.map(\.text) == ["第一时间报告"])
    }
}
