import DutyDeskCore
import Foundation

/// `K`: an item of the case's response plan done (预案事项已办): the item, chosen from those still to
/// do, and when.
enum ChecklistForm {
    static func make(for subject: Case, language: Language, at: Form.Field) -> (String, [Form.Field]) {
        let words = Strings.table(for: language).checklist
        let unticked = subject.untickedChecklist.map(\.text)
        return (words.formTitle, [
            Form.Field(id: .checklistItem, label: words.itemField,
                       kind: .choice(ChoiceField(options: unticked.map { ChoiceOption(code: $0, label: $0) },
                                                 selected: unticked.first, allowsNone: false)),
                       required: true),
            at,
        ])
    }

    static func action(_ form: Form, at: Date?) -> CaseAction {
        .tickChecklist(item: form.choice(.checklistItem) ?? "", at: at)
    }
}
