import DutyDeskCore
import Foundation

/// 交接班: the operator at the console hands the desk to the next one. The incoming operator is
/// picked from those who have recorded on this ledger, or typed.
enum HandoverForm {
    static func make(desk: DeskState, outgoing: String, language: Language) -> Form {
        let words = WorkflowStrings.table(for: language)
        let known = desk.cases.flatMap { subject in subject.timeline.map(\.operatorName) }
            + desk.handovers.map(\.handover.incoming)
        return Form(title: words.handoverTitle, fields: [
            Form.Field(id: .incoming, label: words.incoming,
                       kind: .choice(ChoiceField(options: IntakeForm.options(known.filter { $0 != outgoing }),
                                                 selected: nil, allowsNone: false, allowsNew: true)),
                       required: true),
            Form.Field(id: .note, label: words.handoverNote, kind: .area(TextArea(""))),
        ])
    }

    static func request(_ form: Form) -> ConsoleRequest {
        .handOver(to: form.choice(.incoming) ?? "", note: form.text(.note))
    }
}
