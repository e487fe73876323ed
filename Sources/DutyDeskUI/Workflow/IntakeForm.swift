import DutyDeskCore
import Foundation

/// The phone intake: title and locality are all that is required, so a report takes the typed
/// text plus four keys (n, Tab, a locality's hotkey, Ctrl-S). The channel defaults to 值班电话
/// and the discovery time to the moment the form opened.
public enum IntakeForm {
    static let fieldOrder: [FieldID] = [.title, .locality, .channel, .caller, .phone, .detail, .discovered, .level, .grade,
                                        .unit, .assessment]

    /// A restored draft is filled in after the form opens, so it counts as typed: Esc asks
    /// before throwing it away.
    static func make(desk: DeskState, settings: DeskSettings, language: Language, openedAt: Date,
                     draft: [FieldID: String]?) -> Form {
        var form = Form(title: WorkflowStrings.table(for: language).intakeTitle,
                        fields: fields(desk: desk, settings: settings, language: language, openedAt: openedAt, draft: nil))
        if let draft {
            form.fields = fields(desk: desk, settings: settings, language: language, openedAt: openedAt, draft: draft)
        }
        return form
    }

    private static func fields(desk: DeskState, settings: DeskSettings, language: Language, openedAt: Date,
                               draft: [FieldID: String]?) -> [Form.Field] {
        let words = WorkflowStrings.table(for: language)
        let value = { (id: FieldID) in draft?[id] ?? "" }
        // The draft file keeps a choice nobody made as empty text (`values`): nothing picked, so a
        // required choice is still asked for by the form, not refused later by the ledger.
        let picked = { (id: FieldID) in draft?[id].flatMap { $0.isEmpty ? nil : $0 } }
        // A case opened from a 舆情风险评估 carries its code (and with it the assessment and plan).
        let carried = value(.assessment).isEmpty ? [] : [
            Form.Field(id: .assessment, label: DeskRecordStrings.table(for: language).assessmentCode,
                       kind: .text(TextBuffer(value(.assessment)))),
        ]
        return [
            Form.Field(id: .title, label: words.title, kind: .text(TextBuffer(value(.title), limit: EventDrafter.titleLimit)), required: true),
            Form.Field(id: .locality, label: words.locality,
                       kind: .choice(ChoiceField(options: options(desk.cases.map(\.report.locality),
                                                                  directory: settings.localities),
                                                 selected: picked(.locality), allowsNone: false, allowsNew: true)),
                       required: true),
            Form.Field(id: .channel, label: words.channel,
                       kind: .choice(ChoiceField(options: vocabulary(Channel.self, language),
                                                 selected: picked(.channel) ?? Channel.dutyPhone.code, allowsNone: false))),
            Form.Field(id: .caller, label: words.caller, kind: .text(TextBuffer(value(.caller)))),
            Form.Field(id: .phone, label: words.phone, kind: .text(TextBuffer(value(.phone)))),
            Form.Field(id: .detail, label: words.detail, kind: .area(TextArea(value(.detail)))),
            Form.Field(id: .discovered, label: words.discovered,
                       kind: .dateTime(DateTimeField(text: value(.discovered), default: openedAt))),
            Form.Field(id: .level, label: words.level,
                       kind: .choice(ChoiceField(options: vocabulary(OpinionLevel.self, language),
                                                 selected: picked(.level) ?? OpinionLevel.general.code, allowsNone: false))),
            Form.Field(id: .grade, label: words.grade,
                       kind: .choice(ChoiceField(options: vocabulary(Grade.self, language),
                                                 selected: picked(.grade) ?? Grade.none.code, allowsNone: false))),
            Form.Field(id: .unit, label: words.unit,
                       kind: .choice(ChoiceField(options: options(desk.cases.flatMap { $0.units.map(\.unit) },
                                                                  directory: settings.units.map(\.name)),
                                                 selected: picked(.unit),
                                                 allowsNone: true, allowsNew: true))),
        ] + carried
    }

    /// What the form says, as the draft file keeps it.
    static func values(_ form: Form) -> [FieldID: String] {
        var values: [FieldID: String] = [:]
        for id in fieldOrder {
            switch form.fields.first(where: { $0.id == id })?.kind {
            case .choice: values[id] = form.choice(id) ?? ""
            default: values[id] = form.text(id)
            }
        }
        return values
    }

    /// The intake to record; the drafter still checks it under the write lock.
    static func intake(_ form: Form, now: Date, timeZone: TimeZone) -> EventDrafter.Intake {
        var intake = EventDrafter.Intake(title: form.text(.title), locality: form.choice(.locality) ?? "")
        intake.channel = form.choice(.channel).flatMap(Channel.init(rawValue:)) ?? .dutyPhone
        intake.caller = form.text(.caller)
        intake.phone = form.text(.phone)
        intake.detail = form.text(.detail)
        if case .success(let date)? = form.dateTime(.discovered, now: now, timeZone: timeZone) { intake.discoveredAt = date }
        intake.level = form.choice(.level).flatMap(OpinionLevel.init(rawValue:)) ?? .general
        intake.grade = form.choice(.grade).flatMap(Grade.init(rawValue:)) ?? .none
        intake.unit = form.choice(.unit) ?? ""
        intake.assessment = form.text(.assessment)
        return intake
    }

    /// The directory's entries in its order, then others the ledger has used, most used first.
    static func options(_ used: [String], directory: [String] = []) -> [ChoiceOption] {
        var counts: [String: Int] = [:]
        for value in used where !value.isEmpty && !directory.contains(value) { counts[value, default: 0] += 1 }
        let extra = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        var seen = Set<String>()
        return (directory + extra).filter { seen.insert($0).inserted }.map { ChoiceOption(code: $0, label: $0) }
    }

    static func vocabulary<V: Vocabulary>(_: V.Type, _ language: Language) -> [ChoiceOption] {
        V.allCases.map { ChoiceOption(code: $0.code, label: $0.name(in: language)) }
    }
}
