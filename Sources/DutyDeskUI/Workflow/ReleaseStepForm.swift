import DutyDeskCore
import DutyDeskText
import Foundation

/// `W`: the next step of the case's release on its way out, as the case stands: with no pending
/// draft, write one (起草); while units have not all agreed, a unit's word (会签); once they have,
/// the leader's (审定 or 退回); once signed off, its publication (发布). The step is known from the
/// form's own fields, so the request carries nothing else.
enum ReleaseStepForm {
    enum Step { case draft, confirm, signOff, publish }

    static func step(for subject: Case) -> (Step, DraftedRelease?) {
        guard let draft = subject.pendingDrafts.first else { return (.draft, nil) }
        return switch subject.stage(of: draft) {
        case .awaitingConfirmation: (.confirm, draft)
        case .awaitingSignOff: (.signOff, draft)
        default: (.publish, draft)
        }
    }

    static func make(for subject: Case, settings: DeskSettings, wordings: [Wording], language: Language,
                     at: Form.Field) -> (String, [Form.Field]) {
        let words = ReleaseFormWords.table(for: language)
        let workflow = WorkflowStrings.table(for: language)
        let domain = Strings.table(for: language)
        let (step, pending) = step(for: subject)
        guard let draft = pending else {
            return (fill(words.draftTitle, subject.drafts.count + 1), [
                WorkflowFields.choice(.method, workflow.method, ResponseMethod.self, nil, language: language, required: true),
                Form.Field(id: .channel, label: workflow.releaseChannel, kind: .text(TextBuffer())),
                Form.Field(id: .spokesperson, label: workflow.speaker, kind: .text(TextBuffer())),
                Form.Field(id: .signOffBy, label: words.signOffBy, kind: .text(TextBuffer())),
            ] + wording(wordings, language: language) + [
                Form.Field(id: .text, label: workflow.releaseText, kind: .area(TextArea()), required: true),
                SpeakerFields.expert(settings: settings, language: language),
            ])
        }
        let name = fill(domain.release.draftNumber, draft.number)
        let shown = Form.Field(id: .draft, label: words.draft,
                               kind: .choice(ChoiceField(options: [ChoiceOption(code: draft.id, label: name + " "
                                   + SafeText.singleLine(String(draft.draft.text.prefix(40))))],
                                                         selected: draft.id, allowsNone: false)),
                               required: true)
        switch step {
        case .confirm:
            let waiting = subject.cooperatingUnits.filter { unit in !draft.confirmations.contains { $0.unit == unit && $0.confirms } }
            // The draft is shown last, so the form opens on the unit, not on a one-item list.
            return (fill(words.confirmTitle, name), [
                Form.Field(id: .unit, label: workflow.unit,
                           kind: .choice(ChoiceField(options: IntakeForm.options(waiting, directory: []),
                                                     selected: waiting.first, allowsNone: false)),
                           required: true),
                Form.Field(id: .verdict, label: words.verdict,
                           kind: .choice(.either(("agree", words.agree), or: ("object", words.object))),
                           required: true),
                Form.Field(id: .text, label: words.objection, kind: .area(TextArea())),
                at, shown,
            ])
        case .signOff:
            return (fill(words.signOffTitle, name), [
                Form.Field(id: .leader, label: words.leader, kind: .text(TextBuffer(draft.draft.signOffBy)), required: true),
                Form.Field(id: .decision, label: words.decision,
                           kind: .choice(.either(("approve", words.approve), or: ("sendBack", words.sendBack))),
                           required: true),
                Form.Field(id: .reason, label: words.sendBackReason, kind: .text(TextBuffer())),
                at, shown,
            ])
        case .publish, .draft:
            return (fill(words.publishTitle, name), [at, shown])
        }
    }

    /// The 口径 offered now, when the desk has any: picking one writes its text into the draft's
    /// (while the operator has not typed there), and the draft records the wording it used.
    private static func wording(_ wordings: [Wording], language: Language) -> [Form.Field] {
        guard !wordings.isEmpty else { return [] }
        let options = wordings.map { item in
            ChoiceOption(code: item.id, label: SafeText.singleLine(item.approval.topic) + " · " + SafeText.singleLine(item.approval.leader))
        }
        return [Form.Field(id: .wording, label: Strings.table(for: language).wording.formField,
                           kind: .choice(ChoiceField(options: options, selected: nil, allowsNone: true)),
                           fills: (.text, Dictionary(wordings.map { ($0.id, $0.approval.text) }, uniquingKeysWith: { first, _ in first })))]
    }

    static func action(_ form: Form, at: Date?) -> CaseAction {
        let has = { (id: FieldID) in form.fields.contains { $0.id == id } }
        let draft = form.choice(.draft)
        if has(.verdict) {
            return .confirmRelease(draft: draft, unit: form.choice(.unit) ?? "",
                                   objection: form.choice(.verdict) == "object" ? form.text(.text) : "", at: at)
        }
        if has(.decision) {
            return .signOffRelease(draft: draft, leader: form.text(.leader),
                                   sentBackReason: form.choice(.decision) == "sendBack" ? form.text(.reason) : "", at: at)
        }
        if has(.method) {
            return .draftRelease(ReleaseDraft(method: form.choice(.method).flatMap(ResponseMethod.init(rawValue:)) ?? .authoritativeRelease,
                                              text: form.text(.text), channel: form.text(.channel),
                                              spokesperson: form.text(.spokesperson), signOffBy: form.text(.signOffBy),
                                              expert: form.choice(.expert) ?? "",
                                              wording: form.choice(.wording).map { WordingUse(id: $0, topic: "") }))
        }
        return .publishDraft(draft: draft, at: at)
    }

    /// An objection and a sending back say why: refused beside the field before anything is recorded.
    static func check(_ form: inout Form, language: Language) -> Bool {
        let domain = Strings.table(for: language)
        for (choice, value, name) in [(FieldID.verdict, "object", RecordingField.text), (.decision, "sendBack", .reason)]
            where form.choice(choice) == value {
            let refusal = DraftRefusal.emptyField(name: name)
            guard let field = form.fieldID(for: refusal),
                  form.text(field).trimmingSpacesAndLines().isEmpty else { continue }
            form.reject(field, message: domain.emptyField(name))
            return false
        }
        return true
    }
}

/// The release step form's words, one table per language.
struct ReleaseFormWords: Sendable {
    let draftTitle, confirmTitle, signOffTitle, publishTitle, draft, signOffBy, verdict, agree, object, objection, leader,
        decision, approve, sendBack, sendBackReason: String

    static func table(for language: Language) -> ReleaseFormWords { language == .chinese ? chinese : english }

    static let chinese = ReleaseFormWords(
        draftTitle: "起草稿{}", confirmTitle: "会签 · {}", signOffTitle: "审定 · {}", publishTitle: "按稿发布 · {}",
        draft: "稿件", signOffBy: "审定领导", verdict: "会签意见", agree: "同意", object: "有异议", objection: "异议内容",
        leader: "审定领导", decision: "审定意见", approve: "审定通过", sendBack: "退回修改", sendBackReason: "退回理由")

    static let english = ReleaseFormWords(
        draftTitle: "Draft {}", confirmTitle: "Agreement · {}", signOffTitle: "Sign-off · {}", publishTitle: "Publish · {}",
        draft: "Draft", signOffBy: "To be signed off by", verdict: "The unit", agree: "agrees", object: "objects",
        objection: "Objection", leader: "Leader", decision: "Decision", approve: "sign off", sendBack: "send back",
        sendBackReason: "Why sent back")
}
