import DutyDeskCore
import Foundation

/// The workflow steps a case goes through from the console, each a short form that appends
/// exactly one event: 研判, 责任单位, 回应, 发布会, 备注, 办结, 签收, 转办, 移交 and its outcome,
/// 重新打开, 更正, 容错.
public enum CaseActionKind: String, Sendable, Equatable, CaseIterable {
    case triage, assign, respond, pressConference, note, close
    case acknowledge, transfer, refer, referralOutcome, reopen, correct
    case instruct, meeting, reportBack, completeItem, feedback, reportUp
    case tolerate
    /// `W`: the next step of a release on its way out (`ReleaseStepForm`).
    case releaseStep
    /// `O`: a unit's step on the ground (网下处置).
    case offlineStep
    /// `X`: the analysis a unit the joint meeting transferred the case to owes.
    case analyseTransfer
    /// `K`: an item of the response plan done (预案事项已办).
    case tickChecklist

    /// The action whose key opens the step's form; a new kind without one does not compile.
    var action: Action {
        switch self {
        case .triage: .triage
        case .assign: .assign
        case .respond: .respond
        case .pressConference: .pressConference
        case .note: .note
        case .close: .close
        case .acknowledge: .acknowledge
        case .transfer: .transfer
        case .refer: .refer
        case .referralOutcome: .referralOutcome
        case .reopen: .reopen
        case .correct: .correct
        case .instruct: .instruct
        case .meeting: .meeting
        case .reportBack: .reportBack
        case .completeItem: .completeItem
        case .feedback: .feedback
        case .reportUp: .reportUp
        case .tolerate: .tolerate
        case .releaseStep: .releaseStep
        case .offlineStep: .offlineStep
        case .analyseTransfer: .analyseTransfer
        case .tickChecklist: .tickChecklist
        }
    }

    /// The step a key asks for, if it asks for one.
    init?(_ action: Action) {
        guard let kind = Self.allCases.first(where: { $0.action == action }) else { return nil }
        self = kind
    }

    /// Notes and reopening are for closed cases too (reopening only for them); the rest need it open.
    func applies(to subject: Case) -> Bool { refusal(for: subject) == nil }

    /// Why the step cannot succeed on the case, as the ledger would refuse it, so the console
    /// says so before the operator types anything; nil when it can.
    func refusal(for subject: Case) -> DraftRefusal? {
        let code = subject.code
        switch self {
        case .note, .correct: return nil
        case .reopen: return subject.closure == nil ? .notClosed(code: code) : nil
        case .reportBack, .completeItem: return subject.supervisedItems.contains(where: \.isOpen) ? nil : .noOpenItem(code: code)
        // 容错 is for someone who spoke on the case, closed or not (a review decides it afterwards).
        case .tolerate: return subject.speakers.isEmpty ? .notASpokesperson(person: "", code: code, speakers: []) : nil
        default:
            if subject.closure != nil { return .caseClosed(code: code) }
            if self == .referralOutcome, !subject.referrals.contains(where: { $0.outcome == nil }) {
                return .noOpenReferral(code: code)
            }
            if self == .tickChecklist, subject.untickedChecklist.isEmpty {
                return .unknownChecklistItem(code: code, item: "", unticked: [])
            }
            if self == .analyseTransfer, subject.meetingTransfers.isEmpty {
                return .notTransferredTo(code: code, unit: "", units: [])
            }
            return nil
        }
    }

    /// Only a unit with a role on the case may take these steps.
    var needsUnitWithRole: Bool { self == .acknowledge || self == .transfer || self == .feedback || self == .offlineStep }
}

public enum CaseActionForms {
    static func make(_ kind: CaseActionKind, for subject: Case, desk: DeskState, settings: DeskSettings,
                     language: Language, openedAt: Date) -> Form {
        let directory = settings.units.map(\.name)
        let words = WorkflowStrings.table(for: language)
        let domain = Strings.table(for: language)
        let at = Form.Field(id: .at, label: words.happenedAt, kind: .dateTime(DateTimeField(default: openedAt)))
        let (title, fields): (String, [Form.Field]) = switch kind {
        case .triage:
            (words.triageTitle, TriageForm.fields(subject, language: language, openedAt: openedAt))
        case .assign:
            (words.assignTitle, [
                Form.Field(id: .unit, label: words.unit,
                           kind: .choice(ChoiceField(options: IntakeForm.options(desk.cases.flatMap { $0.units.map(\.unit) }, directory: directory),
                                                     selected: nil, allowsNone: false, allowsNew: true)),
                           required: true),
                WorkflowFields.choice(.role, words.role, UnitRole.self, .first, language: language, required: true),
            ])
        case .respond:
            (words.respondTitle + "（" + domain.releaseName(number: subject.releaseCount) + "）", [
                WorkflowFields.choice(.method, words.method, ResponseMethod.self, nil, language: language, required: true),
                Form.Field(id: .channel, label: words.releaseChannel, kind: .text(TextBuffer())),
                Form.Field(id: .spokesperson, label: words.speaker, kind: .text(TextBuffer())),
                Form.Field(id: .text, label: words.releaseText, kind: .area(TextArea())),
                SpeakerFields.expert(settings: settings, language: language),
                at,
            ])
        case .pressConference:
            (words.pressTitle, [at] + SpeakerFields.attendees(for: subject, settings: settings, language: language) + [
                Form.Field(id: .spokesperson, label: words.speaker, kind: .text(TextBuffer())),
                Form.Field(id: .venue, label: words.venue, kind: .text(TextBuffer())),
            ])
        case .note:
            (words.noteTitle, [Form.Field(id: .text, label: words.noteText, kind: .area(TextArea()), required: true)])
        case .close:
            (words.closeTitle, [
                WorkflowFields.choice(.reason, words.reason, CloseReason.self, .resolved, language: language, required: true),
                at,
            ] + OfflineForm.closeFields(for: subject, language: language))
        case .acknowledge:
            (words.acknowledgeTitle, [unitWithRole(subject, label: words.unit)])
        case .transfer:
            (words.transferTitle, [
                unitWithRole(subject, label: words.unit),
                Form.Field(id: .reason, label: words.why, kind: .text(TextBuffer()), required: true),
                TransferForm.meetingField(settings: settings, language: language),
            ])
        case .reportUp:
            (words.reportUpTitle, [
                // The first report's recipients first: the departments it must reach (001).
                Form.Field(id: .recipient, label: words.recipient,
                           kind: .choice(ChoiceField(options: IntakeForm.options(desk.cases.flatMap { $0.upwardReports.map(\.recipient) },
                                                                            directory: settings.firstReportRecipients + directory),
                                                     selected: nil, allowsNone: false, allowsNew: true)),
                           required: true),
                WorkflowFields.choice(.method, words.reportMethod, ReportMethod.self, .dutyPhone, language: language, required: true),
                WorkflowFields.choice(.scope, words.reportScope, ReportScope.self, .sameLevel, language: language, required: true),
                Form.Field(id: .text, label: words.reportText, kind: .area(TextArea())),
                at,
            ])
        case .feedback:
            (words.feedbackTitle, [
                unitWithRole(subject, label: words.unit),
                Form.Field(id: .text, label: words.feedbackText, kind: .area(TextArea()), required: true),
                at,
            ])
        case .refer:
            (words.referTitle, [
                WorkflowFields.choice(.target, words.target, ReferralTarget.self, .police, language: language, required: true),
                Form.Field(id: .note, label: words.noteText, kind: .area(TextArea())),
            ])
        case .referralOutcome:
            (words.outcomeTitle, [Form.Field(id: .outcome, label: words.outcome, kind: .area(TextArea()), required: true)])
        case .reopen:
            (words.reopenTitle, [Form.Field(id: .reason, label: words.why, kind: .text(TextBuffer()), required: true)])
        case .instruct:
            (words.instructTitle, [
                Form.Field(id: .leader, label: words.leader, kind: .text(TextBuffer()), required: true),
                Form.Field(id: .text, label: words.instruction, kind: .area(TextArea()), required: true),
                Form.Field(id: .due, label: words.due, kind: .dateTime(DateTimeField(allowsFuture: true)), required: true),
            ])
        case .meeting:
            (words.meetingTitle, [
                at,
                Form.Field(id: .attendees, label: words.attendees,
                           kind: .multiChoice(MultiChoiceField(options: IntakeForm.options(
                               desk.cases.flatMap { $0.units.map(\.unit) }, directory: JointMeeting.standingMembers + directory),
                               selected: []))),
                Form.Field(id: .decisions, label: words.decisions, kind: .area(TextArea()), required: true),
                Form.Field(id: .actions, label: words.actions, kind: .area(TextArea())),
                Form.Field(id: .due, label: words.actionsDue, kind: .dateTime(DateTimeField(allowsFuture: true))),
            ])
        case .reportBack, .completeItem:
            (kind == .reportBack ? words.reportBackTitle : words.completeTitle, [
                Form.Field(id: .item, label: words.item,
                           kind: .choice(ChoiceField(options: subject.supervisedItems.filter(\.isOpen).map {
                               ChoiceOption(code: $0.id, label: $0.owner + "：" + $0.text)
                           }, selected: subject.supervisedItems.first(where: \.isOpen)?.id, allowsNone: false)),
                           required: true),
            ] + (kind == .reportBack ? [Form.Field(id: .text, label: words.progress, kind: .area(TextArea()), required: true)]
                 : []))
        case .tolerate:
            (DeskRecordStrings.table(for: language).tolerateTitle, [
                Form.Field(id: .person, label: DeskRecordStrings.table(for: language).spokesperson,
                           kind: .choice(ChoiceField(options: IntakeForm.options(subject.speakers),
                                                     selected: subject.speakers.count == 1 ? subject.speakers[0] : nil,
                                                     allowsNone: false)),
                           required: true),
                Form.Field(id: .reason, label: DeskRecordStrings.table(for: language).toleranceReason,
                           kind: .area(TextArea()), required: true),
            ])
        case .releaseStep:
            ReleaseStepForm.make(for: subject, settings: settings, wordings: desk.activeWordings, language: language, at: at)
        case .offlineStep:
            OfflineForm.make(for: subject, language: language, unit: unitWithRole(subject, label: words.unit), at: at)
        case .analyseTransfer:
            TransferForm.analysis(for: subject, language: language)
        case .tickChecklist:
            ChecklistForm.make(for: subject, language: language, at: at)
        case .correct:
            (words.correctTitle, [
                WorkflowFields.choice(.field, words.field, CorrectableField.self, nil, language: language, required: true),
                Form.Field(id: .value, label: words.correctValue, kind: .text(TextBuffer()), required: true),
                Form.Field(id: .reason, label: words.correctionReason, kind: .text(TextBuffer()), required: true),
            ])
        }
        return Form(title: "\(title) · \(subject.code)", fields: fields)
    }

    static func action(_ kind: CaseActionKind, from form: Form, now: Date, timeZone: TimeZone) -> CaseAction {
        var at: Date?
        if case .success(let date)? = form.dateTime(.at, now: now, timeZone: timeZone) { at = date }
        switch kind {
        case .triage:
            return .triage(TriageForm.triage(form, now: now, timeZone: timeZone))
        case .assign:
            return .assign(unit: form.choice(.unit) ?? "", role: form.choice(.role).flatMap(UnitRole.init(rawValue:)) ?? .first)
        case .respond:
            return .respond(method: form.choice(.method).flatMap(ResponseMethod.init(rawValue:)) ?? .authoritativeRelease,
                            text: form.text(.text), at: at, channel: form.text(.channel),
                            spokesperson: form.text(.spokesperson), expert: form.choice(.expert) ?? "")
        case .pressConference:
            return .pressConference(at: at, speaker: form.text(.spokesperson), venue: form.text(.venue),
                                    attendees: SpeakerFields.attendees(form).compactMap { $0 })
        case .note:
            return .note(form.text(.text))
        case .close:
            return .close(reason: form.choice(.reason).flatMap(CloseReason.init(rawValue:)) ?? .resolved, at: at,
                          unitsPendingReason: form.text(.unitsPendingReason))
        case .acknowledge:
            return .acknowledge(unit: form.choice(.unit) ?? "")
        case .transfer:
            return TransferForm.transfer(form)
        case .refer:
            return .refer(target: form.choice(.target).flatMap(ReferralTarget.init(rawValue:)) ?? .police,
                          note: form.text(.note))
        case .referralOutcome:
            return .referralOutcome(form.text(.outcome))
        case .reopen:
            return .reopen(reason: form.text(.reason))
        case .correct:
            return .correct(field: form.choice(.field).flatMap(CorrectableField.init(rawValue:)) ?? .title,
                            value: form.text(.value), reason: form.text(.reason))
        case .feedback:
            return .feedback(unit: form.choice(.unit) ?? "", text: form.text(.text), at: at)
        case .reportUp:
            return .reportUp(UpwardReport(recipient: form.choice(.recipient) ?? "",
                                          method: form.choice(.method).flatMap(ReportMethod.init(rawValue:)) ?? .dutyPhone,
                                          at: at ?? now, text: form.text(.text),
                                          scope: form.choice(.scope).flatMap(ReportScope.init(rawValue:)) ?? .sameLevel))
        case .instruct:
            var due = now
            if case .success(let date)? = form.dateTime(.due, now: now, timeZone: timeZone) { due = date }
            return .instruct(leader: form.text(.leader), text: form.text(.text), dueAt: due)
        case .meeting:
            var due: Date?
            if case .success(let date)? = form.dateTime(.due, now: now, timeZone: timeZone) { due = date }
            let tasks = meetingActions(form).map { action in
                var own: Date?
                if let text = action.due,
                   case .success(let date) = TimeInput.parse(text, as: .due, now: now, timeZone: timeZone) {
                    own = date
                }
                return JointMeeting.Task(text: action.text, unit: action.unit, dueAt: own ?? due)
            }
            return .meeting(JointMeeting(at: at ?? now, attendees: form.choices(.attendees),
                                         decisions: form.text(.decisions), actions: tasks))
        case .reportBack:
            return .reportBack(item: form.choice(.item), text: form.text(.text))
        case .completeItem:
            return .completeItem(item: form.choice(.item))
        case .tolerate:
            return .tolerate(person: form.choice(.person) ?? "", reason: form.text(.reason))
        case .releaseStep:
            return ReleaseStepForm.action(form, at: at)
        case .offlineStep:
            return OfflineForm.action(form, at: at)
        case .analyseTransfer:
            return TransferForm.analysis(form)
        case .tickChecklist:
            return ChecklistForm.action(form, at: at)
        }
    }

    /// The meeting's actions, one a line: `事项`, `事项@单位`, or `事项@单位@截止` with the action's own
    /// due time (else the form's shared one), as the CLI's `--action` takes them.
    static func meetingActions(_ form: Form) -> [(text: String, unit: String, due: String?)] {
        form.text(.actions).split(separator: "\n").map(JointMeeting.Task.parse).filter { !$0.text.isEmpty }
    }

    /// What the field kinds cannot check alone: each meeting action's own due time must read as a
    /// time. A problem goes beside the actions, naming the line; returns whether there was none.
    static func check(_ kind: CaseActionKind, _ form: inout Form, now: Date, timeZone: TimeZone, language: Language)
        -> Bool {
        if kind == .releaseStep { return ReleaseStepForm.check(&form, language: language) }
        if kind == .pressConference { return SpeakerFields.check(&form, language: language) }
        guard kind == .meeting else { return true }
        for (index, action) in meetingActions(form).enumerated() {
            guard let due = action.due, case .failure = TimeInput.parse(due, as: .due, now: now, timeZone: timeZone)
            else { continue }
            form.reject(.actions, message: fill(WorkflowStrings.table(for: language).actionDueUnreadable, index + 1, due))
            return false
        }
        return true
    }

    /// The units with a role on the case, and only those: the others would be refused.
    private static func unitWithRole(_ subject: Case, label: String) -> Form.Field {
        Form.Field(id: .unit, label: label,
                   kind: .choice(ChoiceField(options: IntakeForm.options(subject.unitsWithRole, directory: []),
                                             selected: subject.unitsWithRole.count == 1 ? subject.unitsWithRole[0] : nil,
                                             allowsNone: false)),
                   required: true)
    }
}

extension Form {
    /// The field a refusal from the ledger belongs beside, found from the form's own fields: a
    /// time in the past (or future) goes to the date-time field that refuses it, a due time that
    /// is not ahead to the one that takes due times, a named field to its form field; else the
    /// first field (nil only for a form without fields).
    public func fieldID(for error: DraftRefusal) -> FieldID? {
        func dateTime(allowingFuture: Bool) -> FieldID? {
            fields.first { field in
                if case .dateTime(let input) = field.kind { return input.allowsFuture == allowingFuture }
                return false
            }?.id
        }
        func shown(_ id: FieldID?) -> FieldID? { fields.contains { $0.id == id } ? id : nil }
        let named: FieldID? = switch error {
        case .emptyField(let name), .tooLong(let name, _, _): shown(name.formField)
        case .inFuture, .beforeDiscovery: dateTime(allowingFuture: false)
        case .notAhead: dateTime(allowingFuture: true)
        case .invalidValue, .discoveryAfterRecording, .discoveryAfterMilestone: shown(.value)
        case .unitWithoutRole, .release(.notCooperating), .notTransferredTo: shown(.unit)
        case .release(.beforeStep): dateTime(allowingFuture: false)
        case .notASpokesperson: shown(.person)
        case .unknownCase: shown(.cases)
        case .unknownAssessment: shown(.assessment)
        case .unitsWithoutAnswer: shown(.unitsPendingReason)
        case .unknownChecklistItem, .alreadyTicked: shown(.checklistItem)
        // A topic taken is the approving form's topic; a wording not offered is the one picked.
        case .wording(.topicTaken): shown(.topic)
        case .wording: shown(.wording)
        default: nil
        }
        return named ?? fields.first?.id
    }
}

/// Field builders the workflow forms share.
enum WorkflowFields {
    static func choice<V: Vocabulary>(_ id: FieldID, _ label: String, _ type: V.Type, _ selected: V?, language: Language,
                                      required: Bool = false) -> Form.Field {
        Form.Field(id: id, label: label,
                   kind: .choice(ChoiceField(options: IntakeForm.vocabulary(type, language), selected: selected?.code,
                                             allowsNone: !required)),
                   required: required)
    }
}
