import Foundation
@testable import DutyDeskCore

/// Builds a ledger in memory the way the desk does: every step goes through `EventDrafter`
/// at a chosen moment, so the tests exercise the same checks as a real append.
struct Scenario {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-23 08:00 in Shanghai: the moment most scenarios discover their case.
    static let start = CivilTime(year: 2026, month: 11, day: 23, hour: 8).date(in: zone)

    private(set) var state = DeskState()
    /// The settings' 分级响应预案 every drafter is given (none unless a test sets them).
    var responsePlans = ResponsePlans()
    private var seq = 0

    init() {
        append(EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: "L", deskID: "D", createdAt: Self.start))),
               at: Self.start)
    }

    static func hours(_ count: Double) -> Date { start.addingTimeInterval(count * 3600) }

    /// Records with `EventDrafter` at `now`; returns the case the event is about.
    @discardableResult
    mutating func record(at now: Date, _ build: (EventDrafter) throws -> EventDraft) throws -> Case? {
        let draft = try build(EventDrafter(state: state, now: now, timeZone: Self.zone, responsePlans: responsePlans))
        append(draft, at: now)
        return draft.caseID.flatMap { state[$0] }
    }

    /// Reports a case discovered at `discovered` and typed in at `typedAt` (default: same moment).
    @discardableResult
    mutating func report(_ title: String = "网传自来水发黄", grade: Grade = .general, discovered: Date = start,
                         typedAt: Date? = nil) throws -> String {
        var intake = EventDrafter.Intake(title: title, locality: "城关镇")
        intake.grade = grade
        intake.discoveredAt = discovered
        let reported = try record(at: typedAt ?? discovered) {
            try $0.report(intake, newCaseID: CaseID(UUID().uuidString))
        }
        return reported!.code
    }

    func subject(_ code: String) -> Case { state.findCase(code: code)! }

    private mutating func append(_ draft: EventDraft, at now: Date) {
        seq += 1
        state.apply(Event(seq: seq, id: UUID().uuidString, recordedAt: now, operatorName: "值班员",
                          caseID: draft.caseID, body: draft.body))
    }
}
