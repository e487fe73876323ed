import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct CaseActionTests {
    /// Each step reaches the drafter method that records it: a case walked through them gets
    /// exactly the events their names promise, in order.
    @Test func eachActionDraftsItsOwnEvent() throws {
        var scenario = Scenario()
        scenario.responsePlans = ResponsePlans([.major: ["起草通稿"]])
        let code = try scenario.report()
        let steps: [(CaseAction, EventKind)] = [
            (.assign(unit: "县水务局", role: .lead), .unitAssigned),
            (.acknowledge(unit: "县水务局"), .unitAcknowledged),
            (.respond(method: .authoritativeRelease, text: "已派员核查", at: nil), .responsePublished),
            (.note("来电人再次来电"), .noteAdded),
            (.regrade(.major, at: nil), .caseRegraded),
            (.tickChecklist(item: "起草通稿", at: nil), .checklistTicked),
            (.instruct(leader: "王县长", text: "今日内回应", dueAt: Scenario.hours(24)), .instructionIssued),
            (.reportBack(item: nil, text: "已回应"), .itemReportedBack),
            (.refer(target: .police, note: "疑似谣言"), .referralMade),
            (.referralOutcome("已删帖"), .referralOutcome),
            (.feedback(unit: "县水务局", text: "已整改", at: nil), .unitFeedback),
            (.offlineStep(unit: "县水务局", action: "入户检测", place: "3 栋", result: "水质合格", at: nil), .offlineStepTaken),
            (.close(reason: .resolved, at: nil), .caseClosed),
            (.reopen(reason: "再次发酵"), .caseReopened),
        ]
        var kinds: [EventKind?] = []
        for (index, (action, _)) in steps.enumerated() {
            try scenario.record(at: Scenario.hours(Double(index + 1) / 6)) { drafter in
                let draft = try drafter.perform(action, on: code)
                kinds.append(draft.body.kind)
                return draft
            }
        }
        #expect(kinds == steps.map(\.1))
    }

    /// The drafter's own refusal comes back through `perform` unchanged, so the console and the
    /// CLI say the same thing about the same step.
    @Test func aRefusedStepIsTheDraftersRefusal() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        let drafter = EventDrafter(state: scenario.state, now: Scenario.hours(1), timeZone: Scenario.zone)
        #expect(throws: DraftRefusal.notClosed(code: code)) { try drafter.perform(.reopen(reason: "再次发酵"), on: code) }
        #expect(throws: DraftRefusal.unknownCase(code: "YQ-0")) { try drafter.perform(.note("x"), on: "YQ-0") }
    }
}
