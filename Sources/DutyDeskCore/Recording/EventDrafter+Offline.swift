import DutyDeskText
import Foundation

extension EventDrafter {
    /// 网下处置: a unit given the case records what it did on the ground; what it did is required,
    /// `at` is when (not in the future, not before discovery).
    public func offlineStep(_ code: String, unit: String, action: String, place: String = "", result: String = "",
                            at: Date?) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let unit = try unitWithRole(unit, on: subject)
        let action = try required(action, .offlineAction)
        let when = try milestone(at ?? now, field: .at, of: subject)
        return EventDraft(caseID: subject.id, body: .offlineStepTaken(OfflineStep(
            unit: unit, action: action, place: place.trimmingSpacesAndLines(),
            result: result.trimmingSpacesAndLines(), at: when)))
    }

    /// 办结 while a unit given the case has recorded neither feedback nor an offline step needs the
    /// reason why; closing as 重复 or 误报 does not (there was nothing for the units to do).
    public func close(_ code: String, reason: CloseReason, at: Date?, unitsPendingReason: String = "")
        throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let when = try milestone(at ?? now, field: .at, of: subject)
        let why = unitsPendingReason.trimmingSpacesAndLines()
        let pending = subject.unitsWithoutAnswer
        guard reason == .resolved, !pending.isEmpty else {
            return EventDraft(caseID: subject.id, body: .caseClosed(reason: reason, at: when))
        }
        guard !why.isEmpty else { throw .unitsWithoutAnswer(code: subject.code, units: pending) }
        return EventDraft(caseID: subject.id, body: .caseClosed(reason: reason, at: when, unitsPendingReason: why))
    }
}
