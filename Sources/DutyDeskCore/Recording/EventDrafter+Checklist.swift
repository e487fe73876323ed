import DutyDeskText
import Foundation

extension EventDrafter {
    /// 预案事项已办: `item` is the item's text or its number on the checklist (from 1); an item the
    /// case's plan does not name, or one already ticked, is refused.
    public func tickChecklist(_ code: String, item: String, at: Date?) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let named = item.trimmingSpacesAndLines()
        let found = subject.checklist.first { $0.text == named }
            ?? Int(named).flatMap { number in subject.checklist.indices.contains(number - 1) ? subject.checklist[number - 1] : nil }
        guard let found else {
            throw .unknownChecklistItem(code: subject.code, item: named, unticked: subject.untickedChecklist.map(\.text))
        }
        if let tickedAt = found.tickedAt {
            throw .alreadyTicked(code: subject.code, item: found.text, by: found.tickedBy, at: tickedAt)
        }
        let when = try milestone(at ?? now, field: .at, of: subject)
        return EventDraft(caseID: subject.id, body: .checklistTicked(ChecklistTick(item: found.text, at: when)))
    }

    /// The items the plans require of a case judged `grade`, `level` and `warningClass` (each nil: as
    /// it stands) that it does not have yet: what a regrade or a triage adds to its checklist.
    func checklistAdded(to subject: Case, grade: Grade? = nil, level: OpinionLevel? = nil,
                        warningClass: WarningClass? = nil) -> [String] {
        subject.checklistLacking(responsePlans.items(grade: grade ?? subject.grade, level: level ?? subject.level,
                                                     warningClass: warningClass ?? subject.judgement.warningClass))
    }
}
