import DutyDeskCore
import Foundation

/// What the assessment form asks the app to record, as `EventDrafter.assess` takes it.
public struct AssessmentRequest: Sendable, Equatable {
    public var title: String
    public var unit: String
    public var plannedOn: CivilTime
    public var methods: [AssessmentMethod]
    public var riskLevel: Level
    public var risks: String
    public var plan: String
    public var reviewedBy: String

    public func draft(_ drafter: EventDrafter) throws(DraftRefusal) -> EventDraft {
        try drafter.assess(title: title, unit: unit, plannedOn: plannedOn, methods: methods, riskLevel: riskLevel,
                            risks: risks, plan: plan, reviewedBy: reviewedBy)
    }
}

/// 舆情风险评估 of a planned decision (002, 003): title, unit, planned day, the methods used, risk
/// level 高/中/低, the risks found, the 处置预案 and who reviewed it. `EventDrafter.assess` checks it,
/// as it does for `dutydesk assess`; the planned day is read by the CLI's own `DayInput`.
public enum AssessmentForm {
    static func make(desk: DeskState, settings: DeskSettings, language: Language) -> Form {
        let words = DeskRecordStrings.table(for: language)
        return Form(title: words.assessmentTitle, fields: [
            Form.Field(id: .title, label: words.decisionPlanned, kind: .text(TextBuffer()), required: true),
            Form.Field(id: .unit, label: words.plannedUnit,
                       kind: .choice(ChoiceField(options: IntakeForm.options(desk.assessments.map(\.unit),
                                                                             directory: settings.units.map(\.name)),
                                                 selected: nil, allowsNone: false, allowsNew: true)),
                       required: true),
            Form.Field(id: .planned, label: words.plannedOn, kind: .text(TextBuffer()),
                       required: true),
            Form.Field(id: .methods, label: words.methods,
                       kind: .multiChoice(MultiChoiceField(options: IntakeForm.vocabulary(AssessmentMethod.self, language),
                                                           selected: []))),
            WorkflowFields.choice(.riskLevel, words.riskLevel, Level.self, nil, language: language, required: true),
            Form.Field(id: .risks, label: words.risks, kind: .area(TextArea())),
            Form.Field(id: .plan, label: words.plan, kind: .area(TextArea())),
            Form.Field(id: .reviewedBy, label: words.reviewedBy, kind: .text(TextBuffer()), required: true),
        ])
    }

    /// What the field kinds cannot check alone: the planned day must read as a day. The problem
    /// goes beside it; returns whether there was none.
    static func check(_ form: inout Form, now: Date, timeZone: TimeZone, language: Language) -> Bool {
        guard plannedOn(form, now: now, timeZone: timeZone) == nil else { return true }
        form.reject(.planned, message: fill(DeskRecordStrings.table(for: language).plannedUnreadable, form.text(.planned)))
        return false
    }

    static func request(_ form: Form, now: Date, timeZone: TimeZone) -> AssessmentRequest? {
        guard let day = plannedOn(form, now: now, timeZone: timeZone) else { return nil }
        return AssessmentRequest(
            title: form.text(.title), unit: form.choice(.unit) ?? "", plannedOn: day,
            methods: form.choices(.methods).compactMap(AssessmentMethod.init(rawValue:)),
            riskLevel: form.choice(.riskLevel).flatMap(Level.init(rawValue:)) ?? .medium, risks: form.text(.risks),
            plan: form.text(.plan), reviewedBy: form.text(.reviewedBy))
    }

    private static func plannedOn(_ form: Form, now: Date, timeZone: TimeZone) -> CivilTime? {
        DayInput.parse(form.text(.planned), today: CivilTime(now, in: timeZone))
    }
}
