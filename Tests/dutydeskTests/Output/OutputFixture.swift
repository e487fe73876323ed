import DutyDeskCore
import Foundation

/// A desk built through `EventDrafter`, as the ledger would replay it, for the output formats.
enum OutputFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-23 08:00 in Shanghai.
    static let start = CivilTime(year: 2026, month: 11, day: 23, hour: 8).date(in: zone)
    static func hours(_ count: Double) -> Date { start.addingTimeInterval(count * 3600) }

    static func desk(_ steps: [(title: String, grade: Grade)]) throws -> DeskState {
        var state = DeskState()
        var seq = 0
        func apply(_ draft: EventDraft, at now: Date) {
            seq += 1
            state.apply(Event(seq: seq, id: "e\(seq)", recordedAt: now, operatorName: "张伟", caseID: draft.caseID, body: draft.body))
        }
        apply(EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: "L", deskID: "D", createdAt: start))), at: start)
        for step in steps {
            var intake = EventDrafter.Intake(title: step.title, locality: "城关镇")
            intake.grade = step.grade
            intake.discoveredAt = start
            apply(try EventDrafter(state: state, now: start, timeZone: zone).report(intake, newCaseID: CaseID("c\(seq)")), at: start)
        }
        return state
    }

    static func standings(_ state: DeskState, at now: Date) -> [CaseStanding] {
        state.cases.map { CaseStanding($0, policy: DeadlinePolicy(), now: now) }
    }
}
