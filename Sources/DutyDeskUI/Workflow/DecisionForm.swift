import DutyDeskCore
import DutyDeskText
import Foundation

/// 表彰·约谈·通报批评·问责 from the console: the measure, the unit (or one of its people), the seed's
/// ground, the cases it rests on, the report that prompted it and who decided. `EventDrafter.decide`
/// checks it, as it does for `dutydesk accountability`.
public enum DecisionForm {
    /// `cases` starts with the case in focus, which is what a decision is usually about.
    static func make(desk: DeskState, settings: DeskSettings, language: Language, openedAt: Date, cases: [String]) -> Form {
        let words = DeskRecordStrings.table(for: language)
        let used = desk.decisions.map(\.unit) + desk.cases.flatMap { $0.units.map(\.unit) }
        return Form(title: words.decisionTitle, fields: [
            WorkflowFields.choice(.measure, words.measure, AccountabilityMeasure.self, nil, language: language, required: true),
            Form.Field(id: .unit, label: words.unit,
                       kind: .choice(ChoiceField(options: IntakeForm.options(used, directory: settings.units.map(\.name)),
                                                 selected: nil, allowsNone: false, allowsNew: true)),
                       required: true),
            Form.Field(id: .person, label: words.person, kind: .text(TextBuffer())),
            WorkflowFields.choice(.trigger, words.trigger, AccountabilityTrigger.self, nil, language: language, required: true),
            Form.Field(id: .cases, label: words.cases,
                       kind: .text(TextBuffer(cases.joined(separator: " ")))),
            Form.Field(id: .report, label: words.report, kind: .text(TextBuffer())),
            Form.Field(id: .decidedBy, label: words.decidedBy, kind: .text(TextBuffer()), required: true),
            Form.Field(id: .at, label: words.decidedAt, kind: .dateTime(DateTimeField(default: openedAt))),
            Form.Field(id: .note, label: words.note, kind: .area(TextArea())),
        ])
    }

    /// The decision to record; the drafter still checks the unit, the decider, the time and that
    /// every case code is on this desk, under the write lock.
    static func decision(_ form: Form, now: Date, timeZone: TimeZone) -> AccountabilityDecision {
        var at = now
        if case .success(let date)? = form.dateTime(.at, now: now, timeZone: timeZone) { at = date }
        return AccountabilityDecision(
            measure: form.choice(.measure).flatMap(AccountabilityMeasure.init(rawValue:)) ?? .interview,
            unit: form.choice(.unit) ?? "", person: form.text(.person),
            trigger: form.choice(.trigger).flatMap(AccountabilityTrigger.init(rawValue:)) ?? .passive,
            cases: codes(form.text(.cases)), report: form.text(.report).trimmingSpaces(),
            decidedBy: form.text(.decidedBy), at: at, note: form.text(.note).trimmingSpacesAndLines())
    }

    /// Codes as an operator types a list of them: spaces, commas or 、 between.
    static func codes(_ text: String) -> [String] {
        text.split { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" }.map(String.init)
    }
}
