import DutyDeskCore
import Foundation

/// `P` on the queue: 巡查 as a quick entry: the channels checked, when (now unless said), the cases
/// found (codes; none means 无新情况) and a note. `EventDrafter.logPatrol` checks it, as for `dutydesk patrol`.
enum PatrolForm {
    static func make(language: Language, openedAt: Date) -> Form {
        let words = PatrolFormWords.table(for: language)
        return Form(title: words.title, fields: [
            Form.Field(id: .channels, label: words.channels,
                       kind: .multiChoice(MultiChoiceField(options: IntakeForm.vocabulary(Channel.self, language), selected: [])),
                       required: true),
            Form.Field(id: .at, label: words.at, kind: .dateTime(DateTimeField(default: openedAt))),
            Form.Field(id: .cases, label: words.cases, kind: .text(TextBuffer())),
            Form.Field(id: .note, label: words.note, kind: .text(TextBuffer())),
        ])
    }

    static func patrol(_ form: Form, now: Date, timeZone: TimeZone) -> Patrol {
        var at = now
        if case .success(let date)? = form.dateTime(.at, now: now, timeZone: timeZone) { at = date }
        return Patrol(channels: form.choices(.channels).compactMap(Channel.init(rawValue:)), at: at,
                      cases: Patrol.found(DecisionForm.codes(form.text(.cases))), note: form.text(.note))
    }
}

/// The patrol form's words, one table per language.
struct PatrolFormWords: Sendable {
    let title, channels, at, cases, note: String

    static func table(for language: Language) -> PatrolFormWords { language == .chinese ? chinese : english }

    static let chinese = PatrolFormWords(title: "巡查记录", channels: "巡查渠道", at: "巡查时间", cases: "发现事件（编号，无则为无新情况）",
                                         note: "说明")
    static let english = PatrolFormWords(title: "Patrol", channels: "Channels checked", at: "Checked at",
                                         cases: "Cases found (codes; none: nothing new)", note: "Note")
}
