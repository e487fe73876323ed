import DutyDeskCore
import DutyDeskGrid
import Foundation

/// An open form over the lower screen, with what helps the operator decide: for an intake the
/// cases it may repeat (F2 links instead), for a triage the clock it will set.
enum FormOverlay {
    /// Draws the form; returns where the terminal cursor belongs.
    static func render(_ state: ConsoleState, _ open: OpenForm, into grid: inout Grid, now: Date) -> (x: Int, y: Int)? {
        let words = WorkflowStrings.table(for: state.language)
        let area = Rect.underTabs(width: grid.width, height: grid.height)
        let top = area.y
        var bottom = area.bottom
        var extra: [(String, StyleRole)] = []
        switch open.purpose {
        case .handover:
            // The anchor the incoming operator writes down: a later review proves nothing before it changed.
            extra.append((fill(words.handoverAnchor, state.anchor.eventCount, state.anchor.headHash), .banner))
        case .intake:
            let candidates = state.duplicates(of: open.form)
            if let first = candidates.first {
                extra.append((words.duplicates + candidates.map { "\($0.code) \($0.title)" }.joined(separator: state.strings.domain.listSeparator),
                              .bannerError))
                extra.append((fill(words.linkHint, first.code), .helpKey))
            }
        case .decision:
            // The cases the decision names, as the desk knows them, so a mistyped code shows before saving.
            for code in DecisionForm.codes(open.form.text(.cases)).prefix(3) {
                let title = state.desk.findCase(code: code)?.title
                extra.append(("  " + code + "  " + (title ?? "?"), title == nil ? .bannerError : .muted))
            }
        case .assessment, .patrol, .wording:
            break
        case .caseAction(let kind, let id):
            if let changes = open.conflict {
                extra.append((words.conflictTitle, .bannerError))
                for entry in changes.suffix(3) {
                    extra.append(("  \(DisplayTime.minutes(entry.recordedAt, in: state.timeZone)) \(entry.operatorName)："
                                  + state.strings.domain.summary(of: entry.body), .bannerError))
                }
            } else if let preview = preview(state, kind: kind, id: id, form: open.form, now: now, words: words) {
                extra.append((preview, .banner))
            }
            if kind == .triage, let verification = open.form.choice(.verification).flatMap(Verification.init(rawValue:)) {
                extra.append((state.strings.domain.suggestedApproach(verification), .muted))
            }
        }
        for (text, role) in extra.reversed() {
            bottom -= 1
            grid.fill(row: bottom, role: role)
            grid.put(" " + text, x: 0, y: bottom, role: role)
        }
        for row in top..<bottom { grid.fill(row: row, role: .normal) }
        return open.form.render(into: &grid, x: 0, y: top, width: grid.width, height: bottom - top, now: now,
                                timeZone: state.timeZone, language: state.language)
    }

    /// The clock the step will leave, shown before saving when it changes: a regrade may make a
    /// case overdue at once, a release moves it to the follow-up clock.
    private static func preview(_ state: ConsoleState, kind: CaseActionKind, id: CaseID, form: Form, now: Date,
                                words: WorkflowStrings) -> String? {
        guard let subject = state.desk[id],
              let draft = try? EventDrafter(state: state.desk, now: now, timeZone: state.timeZone)
                .perform(CaseActionForms.action(kind, from: form, now: now, timeZone: state.timeZone), on: subject.code)
        else { return nil }
        var desk = state.desk
        desk.apply(Event(seq: desk.lastSeq + 1, id: "preview", recordedAt: now, operatorName: "", caseID: id, body: draft.body))
        guard let changed = desk[id], let deadline = state.policy.deadline(for: changed),
              state.policy.deadline(for: subject) != deadline || changed.grade != subject.grade else { return nil }
        let domain = state.strings.domain
        return fill(words.newDeadline, domain.deadlineKind(deadline.kind),
                    DisplayTime.minutes(deadline.dueAt, in: state.timeZone), domain.countdown(deadline.secondsLeft(at: now)))
    }

    /// The question asked at start when an intake draft survived a crash.
    static func draftPrompt(_ state: ConsoleState, _ offer: DraftOffer, into grid: inout Grid) {
        let words = WorkflowStrings.table(for: state.language)
        let text = fill(words.restorePrompt, offer.operatorName, DisplayTime.minutes(offer.savedAt, in: state.timeZone))
        let row = Rect.underTabs(width: grid.width, height: grid.height).y
        grid.fill(row: row, role: .bannerError)
        grid.put(" " + text, x: 0, y: row, role: .bannerError)
    }
}
