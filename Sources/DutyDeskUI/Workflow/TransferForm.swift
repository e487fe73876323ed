import DutyDeskCore

/// 会商转办 in the console: the transfer form's choice whether the joint meeting transfers (its code is the
/// 政务公开办 it is copied to, so the form's reading needs no settings), and `X`, the receiving unit's
/// analysis of 出处、发布时间、传播路径、跟帖情况、网民观点.
enum TransferForm {
    static func meetingField(settings: DeskSettings, language: Language) -> Form.Field {
        let words = TransferFormWords.table(for: language)
        return Form.Field(id: .meeting, label: words.meeting, kind: .choice(ChoiceField(options: [
            ChoiceOption(code: "", label: words.ordinary, hotkey: "1"),
            ChoiceOption(code: settings.openAffairsOffice, label: fill(words.byMeeting, settings.openAffairsOffice), hotkey: "2"),
        ], selected: "", allowsNone: false)))
    }

    static func transfer(_ form: Form) -> CaseAction {
        let unit = form.choice(.unit) ?? "", reason = form.text(.reason)
        let office = form.choice(.meeting) ?? ""
        return office.isEmpty ? .transfer(unit: unit, reason: reason) : .meetingTransfer(unit: unit, reason: reason, office: office)
    }

    static func analysis(for subject: Case, language: Language) -> (String, [Form.Field]) {
        let words = TransferFormWords.table(for: language)
        var receivers: [String] = []
        for transfer in subject.meetingTransfers where !receivers.contains(transfer.unit) { receivers.append(transfer.unit) }
        let waiting = receivers.first { unit in !subject.transferAnalyses.contains { $0.unit == unit } } ?? receivers.first
        return (words.analysisTitle, [
            Form.Field(id: .unit, label: WorkflowStrings.table(for: language).unit,
                       kind: .choice(ChoiceField(options: IntakeForm.options(receivers), selected: waiting, allowsNone: false)),
                       required: true),
        ] + AnalysisField.allCases.map { field in
            Form.Field(id: field.field, label: field.name(in: language), kind: .text(TextBuffer()), required: true)
        })
    }

    static func analysis(_ form: Form) -> CaseAction {
        .analyseTransfer(TransferAnalysis(unit: form.choice(.unit) ?? "", source: form.text(.source),
                                          postedAt: form.text(.postedAt),
                                          spread: form.text(.spread),
                                          comments: form.text(.comments),
                                          views: form.text(.views)))
    }
}

/// The transfer forms' words, one table per language.
struct TransferFormWords: Sendable {
    let meeting, ordinary, byMeeting, analysisTitle: String

    static func table(for language: Language) -> TransferFormWords { language == .chinese ? .chinese : .english }

    static let chinese = TransferFormWords(meeting: "转办方式", ordinary: "普通转办", byMeeting: "会商转办（抄送{}）",
                                           analysisTitle: "转办分析")
    static let english = TransferFormWords(meeting: "Transfer by", ordinary: "the desk", byMeeting: "the joint meeting (copied to {})",
                                           analysisTitle: "Transfer analysis")
}
