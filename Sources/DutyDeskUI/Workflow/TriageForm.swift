import DutyDeskCore
import Foundation

/// 研判 of one case: grade and verification first (they set the clock and the advice), then
/// the notices' other factors.
enum TriageForm {
    static func fields(_ subject: Case, language: Language, openedAt: Date) -> [Form.Field] {
        let words = WorkflowStrings.table(for: language)
        let last = subject.triage
        func choice<V: Vocabulary>(_ id: String, _ label: String, _ type: V.Type, _ selected: V?, required: Bool = false)
            -> Form.Field {
            FieldMaker.choice(id, label, type, selected, language: language, required: required)
        }
        func text(_ id: String, _ label: String, _ value: String?) -> Form.Field {
            Form.Field(id: id, label: label, kind: .text(TextBuffer(value ?? "")))
        }
        return [
            choice("grade", words.grade, Grade.self, subject.grade, required: true),
            choice("verification", words.verification, Verification.self, last?.verification ?? .pending, required: true),
            choice("warningClass", words.warningClass, WarningClass.self, last?.warningClass),
            choice("priority", words.priority, ResponsePriority.self, last?.priority),
            choice("risk", words.risk, Level.self, last?.riskLevel),
            choice("value", words.value, Level.self, last?.responseValue),
            text("nature", words.nature, last?.nature),
            text("intensity", words.intensity, last?.intensity),
            text("reaction", words.reaction, last?.publicReaction),
            text("media", words.media, last?.mediaInvolvement),
            Form.Field(id: "note", label: words.note, kind: .area(TextArea(last?.note ?? ""))),
            Form.Field(id: "at", label: words.at, kind: .dateTime(DateTimeField(default: openedAt))),
        ]
    }

    static func triage(_ form: Form, now: Date, timeZone: TimeZone) -> Triage {
        var at = now
        if case .success(let date)? = form.dateTime("at", now: now, timeZone: timeZone) { at = date }
        var triage = Triage(grade: form.choice("grade").flatMap(Grade.init(rawValue:)) ?? .general,
                            verification: form.choice("verification").flatMap(Verification.init(rawValue:)) ?? .pending,
                            at: at)
        triage.warningClass = form.choice("warningClass").flatMap(WarningClass.init(rawValue:))
        triage.priority = form.choice("priority").flatMap(ResponsePriority.init(rawValue:))
        triage.riskLevel = form.choice("risk").flatMap(Level.init(rawValue:))
        triage.responseValue = form.choice("value").flatMap(Level.init(rawValue:))
        triage.nature = form.text("nature")
        triage.intensity = form.text("intensity")
        triage.publicReaction = form.text("reaction")
        triage.mediaInvolvement = form.text("media")
        triage.note = form.text("note")
        return triage
    }
}
