import DutyDeskCore
import DutyDeskGrid
import Foundation

/// What a form needs of the console: the desk it records on, the desk's settings (units and
/// localities first in the choices), and how words and times read.
struct FormContext {
    let desk: DeskState
    let settings: DeskSettings
    let language: Language
    let timeZone: TimeZone
}

/// The form open over the console and the questions around it: the intake draft an earlier run
/// left, and the conflict when the form's case moved on meanwhile. What a form asks the ledger
/// for leaves as requests; the app's answer comes back through `close` and `reject`.
struct FormState: Sendable {
    private(set) var open: OpenForm?
    private(set) var offer: DraftOffer?

    init(offer: DraftOffer?) {
        self.offer = offer
    }

    var isOpen: Bool { open != nil || offer != nil }

    /// The keymap's context while a form or a question is open; nil when none is.
    var context: Context? {
        if offer != nil { return .draftOffer }
        guard let open else { return nil }
        if open.conflict != nil { return .conflict }
        return open.form.focusIsOnChoices ? .choice : .form
    }

    mutating func show(_ form: OpenForm) { open = form }

    mutating func close() { open = nil }

    /// The ledger refused: the message goes beside the field it is about (or the first field, for
    /// a failure about none), and the form stays open.
    mutating func reject(_ error: DraftRefusal?, message: String) {
        guard let form = open?.form else { return }
        guard let field = error.flatMap({ form.fieldID(for: $0) }) ?? form.fields.first?.id else { return }
        open?.form.reject(field, message: message)
    }

    /// A key while a form or question is open, with what the keymap makes of it there.
    mutating func handle(_ key: Key, action: Action?, now: Date, _ context: FormContext,
                         requests: inout [ConsoleRequest]) {
        if let offer {
            answer(offer, action, context)
            if action == .discardDraft { requests.append(.discardDraft) }
            return
        }
        guard var open else { return }
        if open.conflict != nil {
            resolveConflict(open, action, now: now, context, requests: &requests)
            return
        }
        if action == .linkReport, open.purpose == .intake,
           let first = Self.duplicates(of: open.form, in: context.desk).first {
            let intake = IntakeForm.intake(open.form, now: now, timeZone: context.timeZone)
            requests.append(.link(code: first.code, report: LinkedReport(channel: intake.channel, caller: intake.caller,
                                                                         phone: intake.phone, note: intake.title)))
            return
        }
        switch open.form.handle(key) {
        case .editing, .cancelRequested:
            self.open = open
            if open.purpose == .intake, open.form.isDirty {
                requests.append(.saveDraft(IntakeForm.values(open.form), openedAt: open.openedAt))
            }
        case .cancelled:
            self.open = nil
            if open.purpose == .intake { requests.append(.discardDraft) }
        case .submit:
            let (language, timeZone) = (context.language, context.timeZone)
            var valid = open.form.validate(now: now, timeZone: timeZone, language: language)
            if valid, case .caseAction(let kind, _) = open.purpose {
                valid = CaseActionForms.check(kind, &open.form, now: now, timeZone: timeZone, language: language)
            }
            if valid, open.purpose == .assessment {
                valid = AssessmentForm.check(&open.form, now: now, timeZone: timeZone, language: language)
            }
            if valid, open.purpose == .wording {
                valid = WordingForm.check(&open.form, language: language)
            }
            self.open = open
            guard valid else { return }
            submit(open, now: now, context, requests: &requests)
        }
    }

    /// Called just before the app records, on a freshly read ledger: stops the save and shows
    /// the changes if the case moved on meanwhile.
    mutating func stopForConflict(on desk: DeskState) {
        guard var open, !open.overridden else { return }
        let changes = Self.changes(since: open, on: desk)
        guard !changes.isEmpty else { return }
        open.conflict = changes
        self.open = open
    }

    /// Intake candidates that may be the same matter (same phone, similar title).
    static func duplicates(of form: Form, in desk: DeskState) -> [Case] {
        DuplicateFinder.candidates(title: form.text(.title), phone: form.text(.phone), in: desk, limit: 3)
    }

    /// Events on the form's case recorded by anyone since the form opened.
    static func changes(since open: OpenForm, on desk: DeskState) -> [TimelineEntry] {
        guard case .caseAction(_, let id) = open.purpose, let subject = desk[id] else { return [] }
        return subject.timeline.filter { $0.seq > open.baseSeq }
    }

    private mutating func answer(_ offer: DraftOffer, _ action: Action?, _ context: FormContext) {
        switch action {
        case .restoreDraft:
            open = OpenForm(purpose: .intake,
                            form: IntakeForm.make(desk: context.desk, settings: context.settings, language: context.language,
                                                  openedAt: offer.openedAt, draft: offer.fields),
                            openedAt: offer.openedAt, baseSeq: context.desk.lastSeq)
            self.offer = nil
        case .discardDraft:
            self.offer = nil
        default:
            return
        }
    }

    private mutating func resolveConflict(_ open: OpenForm, _ action: Action?, now: Date, _ context: FormContext,
                                          requests: inout [ConsoleRequest]) {
        guard case .caseAction(let kind, let id) = open.purpose else { return }
        var open = open
        switch action {
        case .reloadForm:
            guard let subject = context.desk[id], kind.applies(to: subject) else {
                self.open = nil
                return
            }
            self.open = OpenForm(purpose: open.purpose,
                                 form: CaseActionForms.make(kind, for: subject, desk: context.desk, settings: context.settings,
                                                            language: context.language, openedAt: now),
                                 openedAt: now, baseSeq: context.desk.lastSeq)
        case .saveAnyway:
            open.conflict = nil
            open.overridden = true
            self.open = open
            submit(open, now: now, context, requests: &requests)
        case .back:
            open.conflict = nil
            self.open = open
        default:
            return
        }
    }

    private mutating func submit(_ open: OpenForm, now: Date, _ context: FormContext, requests: inout [ConsoleRequest]) {
        let timeZone = context.timeZone
        switch open.purpose {
        case .handover:
            requests.append(HandoverForm.request(open.form))
        case .decision:
            requests.append(.decide(DecisionForm.decision(open.form, now: now, timeZone: timeZone)))
        case .patrol:
            requests.append(.patrol(PatrolForm.patrol(open.form, now: now, timeZone: timeZone)))
        case .wording:
            requests.append(.wording(WordingForm.request(open.form, now: now, timeZone: timeZone)))
        case .assessment:
            guard let request = AssessmentForm.request(open.form, now: now, timeZone: timeZone) else { return }
            requests.append(.assess(request))
        case .intake:
            requests.append(.report(IntakeForm.intake(open.form, now: now, timeZone: timeZone)))
        case .caseAction(let kind, let id):
            guard let code = context.desk[id]?.code else { return }
            if !open.overridden, !Self.changes(since: open, on: context.desk).isEmpty {
                stopForConflict(on: context.desk)
                return
            }
            requests.append(.act(code: code, action: CaseActionForms.action(kind, from: open.form, now: now,
                                                                            timeZone: timeZone)))
        }
    }
}
