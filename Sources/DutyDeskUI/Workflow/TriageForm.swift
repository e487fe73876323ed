import DutyDeskCore
import Foundation

/// 研判 of one case: the two grades and verification first (the emergency grade sets the clock,
/// verification the advice), then the notices' other factors. Every field shows the case's
/// judgement as it stands; only what the operator changes is recorded (`EventDrafter.triage` drops
/// what is unchanged), so each factor keeps who judged it.
enum TriageForm {
    static func fields(_ subject: Case, language: Language, openedAt: Date) -> [Form.Field] {
        let words = WorkflowStrings.table(for: language)
        let judgement = subject.judgement
        func choice<V: Vocabulary>(_ id: FieldID, _ label: String, _ type: V.Type, _ factor: JudgementFactor) -> Form.Field {
            WorkflowFields.choice(id, label, type, judgement.entries[factor].flatMap { V(rawValue: $0.value) }, language: language)
        }
        func text(_ id: FieldID, _ label: String, _ factor: JudgementFactor) -> Form.Field {
            Form.Field(id: id, label: label, kind: .text(TextBuffer(judgement.entries[factor]?.value ?? "")))
        }
        return [
            WorkflowFields.choice(.grade, words.grade, Grade.self, subject.grade, language: language, required: true),
            WorkflowFields.choice(.level, words.level, OpinionLevel.self, subject.level, language: language, required: true),
            choice(.verification, words.verification, Verification.self, .verification),
            choice(.warningClass, words.warningClass, WarningClass.self, .warningClass),
            choice(.priority, words.priority, ResponsePriority.self, .priority),
            choice(.riskLevel, words.risk, Level.self, .riskLevel),
            choice(.responseValue, words.value, Level.self, .responseValue),
            text(.nature, words.nature, .nature),
            text(.intensity, words.intensity, .intensity),
            text(.reaction, words.reaction, .publicReaction),
            text(.media, words.media, .mediaInvolvement),
            text(.scope, words.scope, .scope),
            text(.consequences, words.consequences, .consequences),
            choice(.category, words.category, ReportCategory.self, .category),
            text(.principalLeader, words.principalLeader, .principalLeader),
            Form.Field(id: .note, label: words.note, kind: .area(TextArea())),
            Form.Field(id: .at, label: words.at, kind: .dateTime(DateTimeField(default: openedAt))),
        ]
    }

    static func triage(_ form: Form, now: Date, timeZone: TimeZone) -> Triage {
        var at = now
        if case .success(let date)? = form.dateTime(.at, now: now, timeZone: timeZone) { at = date }
        var triage = Triage(at: at, grade: form.choice(.grade).flatMap(Grade.init(rawValue:)),
                            verification: form.choice(.verification).flatMap(Verification.init(rawValue:)))
        triage.level = form.choice(.level).flatMap(OpinionLevel.init(rawValue:))
        triage.warningClass = form.choice(.warningClass).flatMap(WarningClass.init(rawValue:))
        triage.priority = form.choice(.priority).flatMap(ResponsePriority.init(rawValue:))
        triage.riskLevel = form.choice(.riskLevel).flatMap(Level.init(rawValue:))
        triage.responseValue = form.choice(.responseValue).flatMap(Level.init(rawValue:))
        triage.nature = form.text(.nature)
        triage.intensity = form.text(.intensity)
        triage.publicReaction = form.text(.reaction)
        triage.mediaInvolvement = form.text(.media)
        triage.scope = form.text(.scope)
        triage.consequences = form.text(.consequences)
        triage.category = form.choice(.category).flatMap(ReportCategory.init(rawValue:))
        triage.principalLeader = form.text(.principalLeader)
        triage.note = form.text(.note)
        return triage
    }
}
