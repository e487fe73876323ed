import DutyDeskCore
import Foundation

/// `O`: a unit's step on the ground (网上问题，网下解决): the unit, what it did, where, with what result,
/// when; and the reason a 办结 form asks for while a unit given the case has not answered.
enum OfflineForm {
    static func make(for subject: Case, language: Language, unit: Form.Field, at: Form.Field) -> (String, [Form.Field]) {
        let words = OfflineFormWords.table(for: language)
        return (words.title, [
            unit,
            Form.Field(id: .action, label: words.action, kind: .area(TextArea()), required: true),
            Form.Field(id: .place, label: words.place, kind: .text(TextBuffer())),
            Form.Field(id: .result, label: words.result, kind: .area(TextArea())),
            at,
        ])
    }

    static func action(_ form: Form, at: Date?) -> CaseAction {
        .offlineStep(unit: form.choice(.unit) ?? "", action: form.text(.action), place: form.text(.place),
                     result: form.text(.result), at: at)
    }

    /// Only while a unit has answered neither way: then the form names them and asks why it closes all the same.
    static func closeFields(for subject: Case, language: Language) -> [Form.Field] {
        let pending = subject.unitsWithoutAnswer
        guard !pending.isEmpty else { return [] }
        let words = OfflineFormWords.table(for: language)
        // The units go beside the field, where there is room for them; the label stays short.
        return [Form.Field(id: .unitsPendingReason, label: words.pendingReason, kind: .text(TextBuffer()),
                           message: fill(words.pending, pending.joined(separator: Strings.table(for: language).offline.listSeparator)))]
    }
}

/// The offline form's words, one table per language.
struct OfflineFormWords: Sendable {
    let title, action, place, result, pendingReason, pending: String

    static func table(for language: Language) -> OfflineFormWords { language == .chinese ? .chinese : .english }

    static let chinese = OfflineFormWords(title: "网下处置", action: "处置措施", place: "地点", result: "结果",
                                          pendingReason: "未反馈办结理由", pending: "尚未反馈：{}")
    static let english = OfflineFormWords(title: "Offline step", action: "What was done", place: "Where", result: "Result",
                                          pendingReason: "Why close now", pending: "not answered: {}")
}
