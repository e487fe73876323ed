import DutyDeskCore
import DutyDeskText
import Foundation

/// What the 口径 form asks the app to record, as `EventDrafter.approveWording` and `withdrawWording` take it.
public enum WordingRequest: Sendable, Equatable {
    case approve(topic: String, text: String, leader: String, at: Date)
    /// `topic`: the active wording's topic, which names it.
    case withdraw(topic: String, reason: String)

    /// The topic the wording is approved under or withdrawn from: what the console's notice names.
    public var topic: String {
        switch self {
        case .approve(let topic, _, _, _), .withdraw(let topic, _): topic
        }
    }

    public func draft(_ drafter: EventDrafter) throws(DraftRefusal) -> EventDraft {
        switch self {
        case .approve(let topic, let text, let leader, let at):
            try drafter.approveWording(topic: topic, text: text, leader: leader, at: at)
        case .withdraw(let topic, let reason):
            try drafter.withdrawWording(topic, reason: reason)
        }
    }
}

/// `L`: the 口径 library from the console, as `dutydesk wording` records it: approve a topic's wording
/// (topic, text, the leader who approved it, when) or withdraw an active one (which, and why). One
/// form with the operation first, so one key does both; the other operation's fields are ignored.
enum WordingForm {
    static func make(desk: DeskState, language: Language, openedAt: Date) -> Form {
        let words = WordingFormWords.table(for: language)
        let active = desk.activeWordings.map { item in
            ChoiceOption(code: item.approval.topic,
                         label: SafeText.singleLine(item.approval.topic) + " · " + SafeText.singleLine(item.approval.leader))
        }
        return Form(title: words.title, fields: [
            Form.Field(id: .decision, label: words.operation,
                       kind: .choice(.either(("approve", words.approve), or: ("withdraw", words.withdraw))),
                       required: true),
            Form.Field(id: .topic, label: words.topic, kind: .text(TextBuffer())),
            Form.Field(id: .text, label: words.text, kind: .area(TextArea())),
            Form.Field(id: .leader, label: words.leader, kind: .text(TextBuffer())),
            Form.Field(id: .at, label: words.at, kind: .dateTime(DateTimeField(default: openedAt))),
            // Only the wordings offered now can be withdrawn: a list, never a typed topic.
            Form.Field(id: .wording, label: words.wording, kind: .choice(ChoiceField(options: active, selected: nil,
                                                                                      allowsNone: true))),
            Form.Field(id: .reason, label: words.reason, kind: .text(TextBuffer())),
        ])
    }

    static func isWithdrawal(_ form: Form) -> Bool { form.choice(.decision) == "withdraw" }

    /// The chosen operation's fields must be filled: refused beside the field, in the drafter's own
    /// words, before anything is recorded (the drafter checks them again under the lock).
    static func check(_ form: inout Form, language: Language) -> Bool {
        let needed: [(FieldID, RecordingField)] = isWithdrawal(form)
            ? [(.wording, .wording), (.reason, .reason)]
            : [(.topic, .topic), (.text, .text), (.leader, .approvedBy)]
        let domain = Strings.table(for: language)
        // Backwards, so the last rejection, which takes the focus, is the topmost problem.
        var valid = true
        for (field, name) in needed.reversed() {
            let value = field == .wording ? form.choice(.wording) ?? "" : form.text(field)
            guard value.trimmingSpacesAndLines().isEmpty else { continue }
            form.reject(field, message: domain.emptyField(name))
            valid = false
        }
        return valid
    }

    static func request(_ form: Form, now: Date, timeZone: TimeZone) -> WordingRequest {
        if isWithdrawal(form) { return .withdraw(topic: form.choice(.wording) ?? "", reason: form.text(.reason)) }
        var at = now
        if case .success(let date)? = form.dateTime(.at, now: now, timeZone: timeZone) { at = date }
        return .approve(topic: form.text(.topic), text: form.text(.text), leader: form.text(.leader), at: at)
    }
}

/// The 口径 form's words, one table per language.
struct WordingFormWords: Sendable {
    let title, operation, approve, withdraw, topic, text, leader, at, wording, reason: String

    static func table(for language: Language) -> WordingFormWords { language == .chinese ? chinese : english }

    static let chinese = WordingFormWords(
        title: "口径库", operation: "操作", approve: "审定新口径", withdraw: "撤回口径", topic: "话题（审定）",
        text: "口径内容（审定）", leader: "审定领导（审定）", at: "审定时间（审定）", wording: "撤回的口径（撤回）",
        reason: "撤回理由（撤回）")
    static let english = WordingFormWords(
        title: "Wording library", operation: "Operation", approve: "Approve a wording", withdraw: "Withdraw a wording",
        topic: "Topic (approve)", text: "Wording (approve)", leader: "Approved by (approve)", at: "Approved at (approve)",
        wording: "Wording to withdraw (withdraw)", reason: "Reason (withdraw)")
}
