import Foundation

extension EventDrafter {
    /// 预案事项已办: `item` is the item's text or its number on the checklist (from 1); an item the
    /// case's plan does not name, or one already ticked, is refused.
    public func tickChecklist(_ code: String, item: String, at: Date?) throws(DraftRefusal) -> EventDraft {
        let subject = try openCase(code)
        let named = item.trimmingCharacters(in: .whitespacesAndNewlines)
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

    /// The items of `grade`'s plan a case does not have yet: what a regrade adds to its checklist.
    func checklistAdded(by grade: Grade, to subject: Case) -> [String] {
        subject.checklistLacking(responsePlans.items(for: grade))
    }
}
