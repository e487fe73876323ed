import DutyDeskCore
import DutyDeskGrid
import Foundation

/// What the ledger looks like to the console: fine, a torn tail a writer will repair,
/// damaged (read-only for good), or at odds with what this machine has seen of it (the alarm,
/// in words, read-only too).
public enum LedgerHealth: Sendable, Equatable {
    case sound
    /// Sound as far as read: the desk came from its snapshot and the whole chain is still being
    /// read behind the first frame (`ChainCheck`).
    case checking
    case tornTail
    /// The event's number, where the store found it (in words) and why.
    case damaged(event: Int, location: String, reason: String)
    case contradicted(alarm: String)

    public var isDamaged: Bool {
        switch self {
        case .damaged, .contradicted: true
        case .sound, .checking, .tornTail: false
        }
    }
}

/// Everything the console shows, apart from the clock. Screens are pure functions of this,
/// the terminal size and the moment; `handle` is the only way anything changes it: the operator's
/// keys through the keymap, and what the app learnt from the ledger. Its concerns keep their own
/// parts: the queue's lane, filters, search and selection (`QueueView`), the forms and their
/// questions (`FormState`), the meeting's agenda (`MeetingAgenda`); this type routes between them
/// and keeps the screen, the scrolls and the overlays.
public struct ConsoleState: Sendable {
    public enum Screen: Sendable, Equatable {
        case queue
        case detail(CaseID)
        /// The joint meeting's agenda, one case per page (`agendaPage`).
        case meeting
        case report(ReportKind)
        case statistics
        /// The desk's 舆情风险评估, the selected one in full; the contact directory; the analysis
        /// charts of this month, or of one case.
        case assessments
        case directory
        case analysis(CaseID?)
    }

    /// Setting it brings the queue's index up to date by the cases the new events touched.
    public private(set) var desk: DeskState {
        didSet {
            if !lettingGo { queue.catchUp(to: desk) }
        }
    }
    /// While `refreshDesk` holds no desk: the index stays as it was.
    private var lettingGo = false
    public private(set) var health: LedgerHealth
    /// While the console waits for another process's lock: who holds it and for how long, in words.
    /// Drawn on the bottom row over everything, forms included, since a save is what waits.
    public private(set) var ledgerWait: String?
    public let deskName: String
    public private(set) var operatorName: String
    public let policy: DeadlinePolicy
    public let strings: ConsoleStrings
    public let timeZone: TimeZone
    public private(set) var screen: Screen = .queue
    public private(set) var helpVisible = false
    public private(set) var detailScroll = 0
    public private(set) var reportScroll = 0
    /// The assessment selected on the assessment screen (an index into `desk.assessments`).
    public private(set) var assessmentIndex = 0
    public private(set) var directory = DirectoryView()
    /// The ledger's event count and head hash, which the handover records as its anchor.
    public private(set) var anchor: LedgerAnchor
    public private(set) var wantsQuit = false
    public private(set) var wantsRedraw = false
    /// The desk's units directory and localities, offered first in the forms' choices.
    public let settings: DeskSettings
    /// Set when reviewing the past (`--as-of`): the moment shown, and no form may open.
    public let reviewing: Date?
    /// One line of feedback in the footer ("已登记 YQ-…"), until the next key.
    public private(set) var notice: String?
    public private(set) var requests: [ConsoleRequest] = []
    private var queue: QueueView
    private var forms: FormState
    private var meeting = MeetingAgenda()

    /// A console over `desk`; what an earlier run left (the intake draft, the agenda's marks by
    /// case code) is offered and restored from the start.
    public init(desk: DeskState, deskName: String, operatorName: String, policy: DeadlinePolicy,
                strings: ConsoleStrings, timeZone: TimeZone, settings: DeskSettings = DeskSettings(),
                reviewing: Date? = nil, health: LedgerHealth = .sound, anchor: LedgerAnchor = .none,
                draftOffer: DraftOffer? = nil, agenda: [String] = []) {
        self.desk = desk
        self.deskName = deskName
        self.operatorName = operatorName
        self.policy = policy
        self.strings = strings
        self.timeZone = timeZone
        self.settings = settings
        self.reviewing = reviewing
        self.health = health
        self.anchor = anchor
        queue = QueueView(desk, policy: policy, strings: strings)
        forms = FormState(offer: draftOffer)
        meeting.restore(codes: agenda, on: desk)
        queue.reconcile(desk)
    }

    // MARK: What the screens read

    /// A banner row sits under the tabs: a damaged ledger, or a review of the past.
    public var hasBanner: Bool { health.isDamaged || reviewing != nil }
    public var lane: Lane { queue.lane }
    /// The applied search; empty means no filter.
    public var filter: String { queue.filter }
    /// The search being typed, live-filtering the queue; nil when not typing.
    public var searchDraft: String? { queue.searchDraft }
    /// The filters set on the `:` command line; they combine with the search.
    public var caseFilter: CaseFilter { queue.caseFilter }
    /// The `:` command being typed; nil when not typing.
    public var commandDraft: String? { queue.commandDraft }
    public var selected: CaseID? { queue.selected }
    /// Cases marked for the joint meeting, in the order they were marked.
    public var agenda: [CaseID] { meeting.cases }
    public var agendaPage: Int { meeting.page }
    /// How far ↑/↓ have scrolled the agenda page's responses and timeline; a new page starts at the top.
    public var meetingScroll: Int { meeting.scroll }
    public var openForm: OpenForm? { forms.open }
    public var draftOffer: DraftOffer? { forms.offer }
    var queueIndex: QueueIndex { queue.index }

    public var context: Context {
        if helpVisible { return .help }
        if let context = forms.context { return context }
        switch screen {
        case .queue: return .queue
        case .detail: return .detail
        case .meeting: return .meeting
        case .report: return .report
        case .statistics: return .statistics
        case .assessments: return .assessments
        case .directory: return .directory
        case .analysis: return .analysis
        }
    }

    /// The context under the `?` help, whose keys it lists.
    public var contextUnderHelp: Context {
        var underneath = self
        underneath.helpVisible = false
        return underneath.context
    }

    /// The queue's rows: the lane, filtered, least time left first.
    public func rows(now: Date) -> [CaseStanding] {
        queueIndex.rows.indices.map { standing(ofRow: $0, now: now) }
    }

    public var rowCount: Int { queueIndex.rows.count }

    /// One row's case with its clocks at `now`; a frame reads only the rows it shows.
    public func standing(ofRow row: Int, now: Date) -> CaseStanding {
        CaseStanding(desk.cases[queueIndex.rows[row]], policy: policy, now: now)
    }

    /// The selected case's row, or the row where the selection was if its case left the rows.
    public var selectedRow: Int? { queue.selectedRow(in: desk) }

    var language: Language { strings.domain.language }

    /// The case a step applies to: the one on screen, the agenda's current page, or the selection.
    public var focusedCase: CaseID? {
        switch screen {
        case .detail(let id): id
        case .meeting: meeting.current
        default: selected
        }
    }

    /// What Tab would complete the command being typed to.
    public var commandCompletions: [String] {
        commandDraft.map { QueueCommand.completions(of: $0, desk: desk, settings: settings, language: language) } ?? []
    }

    /// Intake candidates that may be the same matter (same phone, similar title).
    public func duplicates(of form: Form) -> [Case] { FormState.duplicates(of: form, in: desk) }

    private var formContext: FormContext {
        FormContext(desk: desk, settings: settings, language: language, timeZone: timeZone)
    }

    // MARK: The one way in

    public mutating func handle(_ key: Key, now: Date, size: (width: Int, height: Int)) {
        handle(.key(key, size: size), now: now)
    }

    public mutating func handle(_ event: ConsoleEvent, now: Date) {
        switch event {
        case .key(let key, let size): press(key, now: now, size: size)
        case .clockTicked: queue.advanceClocks(desk, now: now)
        case .firstFrameDrawn: queue.prepareSearch(desk)
        case .ledgerRead(let read):
            desk = read
            queue.reconcile(desk)
        case .ledgerHealth(let health): self.health = health
        case .anchored(let anchor): self.anchor = anchor
        case .lockWait(let words): ledgerWait = words
        case .saveDropped(let words):
            ledgerWait = nil
            notice = words
        case .redrawn: wantsRedraw = false
        case .aboutToRecord: forms.stopForConflict(on: desk)
        case .recordedOnCase(let code, let words):
            forms.close()
            notice = words
            // Back where the form was opened from (the queue, the case, the agenda page); the
            // queue's selection moves to the case recorded on.
            queue.select(desk.findCase(code: code)?.id)
            queue.reconcile(desk)
        case .recordedOnDesk(let words):
            forms.close()
            notice = words
            assessmentIndex = min(assessmentIndex, max(0, desk.assessments.count - 1))
        case .handedOver(let incoming, let words):
            forms.close()
            notice = words
            operatorName = incoming
        case .refused(let error, let message): forms.reject(error, message: message)
        }
    }

    /// Lets `refresh` take new events into the store's desk without copying it: the console lets
    /// go of its own copy meanwhile (while two hold the cases, changing one case copies them all),
    /// then takes the store's desk, `current`, whatever `refresh` did.
    @discardableResult
    public mutating func refreshDesk<Taken>(_ refresh: () throws -> Taken, current: () -> DeskState) rethrows -> Taken {
        lettingGo = true
        desk = DeskState()
        lettingGo = false
        defer {
            desk = current()
            queue.reconcile(desk)
        }
        return try refresh()
    }

    /// Takes the requests the app must carry out, in order.
    public mutating func takeRequests() -> [ConsoleRequest] {
        defer { requests.removeAll() }
        return requests
    }

    /// Selects a case by its code, as a jump does (tests set the scene with it).
    mutating func select(code: String) {
        queue.select(desk.findCase(code: code)?.id)
    }

    // MARK: Keys

    private mutating func press(_ key: Key, now: Date, size: (width: Int, height: Int)) {
        notice = nil
        if forms.isOpen {
            let action = Keymap.action(for: key, in: context)
            if action == .help {
                helpVisible.toggle()
            } else if helpVisible {
                // Over a form, the help's keys only close it: leaving is the form's own question.
                if action == .back || action == .quit { helpVisible = false }
            } else {
                forms.handle(key, action: action, now: now, formContext, requests: &requests)
            }
            return
        }
        if searchDraft != nil {
            queue.editSearch(key, in: desk)
            return
        }
        if commandDraft != nil {
            if let line = queue.editCommand(key, completions: commandCompletions) {
                run(QueueCommand.parse(line, desk: desk))
            }
            return
        }
        if screen == .directory, directory.draft != nil {
            directory.edit(key)
            return
        }
        guard let action = Keymap.action(for: key, in: context) else {
            // A key that means nothing here says so, rather than nothing at all.
            notice = Keymap.label(of: key).map { fill(strings.keyNotHere, $0) }
            return
        }
        perform(action, now: now, size: size)
    }

    private mutating func perform(_ action: Action, now: Date, size: (width: Int, height: Int)) {
        let step = CaseActionKind(action)
        // Every form writes to the ledger: none opens while reviewing the past.
        if reviewing != nil, action.records {
            notice = strings.domain.usage.reviewIsReadOnly
            return
        }
        if let step {
            openStepForm(step, now: now)
            return
        }
        switch action {
        case .quit: wantsQuit = true
        case .redraw: wantsRedraw = true
        case .help: helpVisible.toggle()
        case .back: back()
        case .search where screen == .directory:
            directory.draft = directory.query
        case .search:
            queue.startSearch()
        case .commandLine:
            queue.startCommand()
        case .nextLane, .previousLane:
            queue.show(action == .nextLane ? lane.next : lane.previous, in: desk)
        case .open:
            if let selected { screen = .detail(selected); detailScroll = 0 }
        case .newReport:
            forms.show(OpenForm(purpose: .intake, form: IntakeForm.make(desk: desk, settings: settings, language: language,
                                                                          openedAt: now, draft: nil),
                                openedAt: now, baseSeq: desk.lastSeq))
        case .triage, .assign, .respond, .pressConference, .note, .close, .acknowledge, .transfer, .refer,
             .referralOutcome, .reopen, .correct, .instruct, .meeting, .reportBack, .completeItem, .feedback, .reportUp,
             .tolerate, .releaseStep, .offlineStep, .analyseTransfer, .tickChecklist:
            break  // opened above, as steps
        case .save, .cancel, .nextField, .previousField, .pickChoice, .linkReport, .restoreDraft, .discardDraft,
             .reloadForm, .saveAnyway:
            break  // a form's own keys, which reach the form (`FormState`)
        case .decide, .assessments, .newAssessment, .caseFromAssessment, .directory, .analysis, .patrol, .wordings:
            performDeskRecord(action, now: now)
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            move(action, now: now, size: size)
        case .mark:
            toggleMark()
        case .meetingMode:
            openAgenda()
        case .handoverScreen:
            show(.report(.handover))
        case .reports:
            show(.report(.daily))
        case .statistics:
            show(.statistics)
        case .nextReport, .previousReport:
            if case .report(let kind) = screen { show(.report(action == .nextReport ? kind.next : kind.previous)) }
        case .handOver:
            forms.show(OpenForm(purpose: .handover, form: HandoverForm.make(desk: desk, outgoing: operatorName, language: language),
                                openedAt: now, baseSeq: desk.lastSeq))
        }
    }

    /// The desk-level records' keys (issue 13): their forms and screens.
    private mutating func performDeskRecord(_ action: Action, now: Date) {
        switch action {
        case .decide:
            let cases = focusedCase.flatMap { desk[$0]?.code }.map { [$0] } ?? []
            forms.show(OpenForm(purpose: .decision,
                                form: DecisionForm.make(desk: desk, settings: settings, language: language, openedAt: now,
                                                        cases: cases),
                                openedAt: now, baseSeq: desk.lastSeq))
        case .assessments:
            assessmentIndex = min(assessmentIndex, max(0, desk.assessments.count - 1))
            show(.assessments)
        case .newAssessment:
            forms.show(OpenForm(purpose: .assessment,
                                form: AssessmentForm.make(desk: desk, settings: settings, language: language),
                                openedAt: now, baseSeq: desk.lastSeq))
        case .caseFromAssessment:
            guard desk.assessments.indices.contains(assessmentIndex) else { return }
            // The intake form as `n` opens it, carrying the assessment's code.
            forms.show(OpenForm(purpose: .intake,
                                form: IntakeForm.make(desk: desk, settings: settings, language: language, openedAt: now,
                                                      draft: [.assessment: desk.assessments[assessmentIndex].code]),
                                openedAt: now, baseSeq: desk.lastSeq))
        case .directory:
            // From a case, the directory opens at its units.
            if case .detail(let id) = screen, let subject = desk[id] { directory = DirectoryView(at: subject) } else {
                directory = DirectoryView()
            }
            show(.directory)
        case .analysis:
            if case .detail(let id) = screen { show(.analysis(id)) } else { show(.analysis(nil)) }
        case .patrol:
            forms.show(OpenForm(purpose: .patrol, form: PatrolForm.make(language: language, openedAt: now), openedAt: now,
                                baseSeq: desk.lastSeq))
        case .wordings:
            forms.show(OpenForm(purpose: .wording, form: WordingForm.make(desk: desk, language: language, openedAt: now),
                                openedAt: now, baseSeq: desk.lastSeq))
        default:
            return
        }
    }

    /// Marks the focused case for the agenda, or takes it off.
    private mutating func toggleMark() {
        guard let target = focusedCase else { return }
        meeting.toggle(target)
        // A review of the past keeps its marks to itself: it writes nothing beside the ledger.
        if reviewing == nil { requests.append(.saveAgenda(meeting.codes(on: desk))) }
    }

    /// The agenda as marked; with nothing marked, the focused case alone.
    private mutating func openAgenda() {
        if meeting.open(focused: focusedCase) { screen = .meeting }
    }

    private mutating func show(_ target: Screen) {
        screen = target
        reportScroll = 0
    }

    /// The form for a step on the case on screen (or selected), if the step applies to it.
    private mutating func openStepForm(_ kind: CaseActionKind, now: Date) {
        guard let target = focusedCase, let subject = desk[target] else {
            notice = strings.noCaseSelected
            return
        }
        if let refusal = kind.refusal(for: subject) {
            notice = strings.domain.recordingError(refusal, timeZone: timeZone)
            return
        }
        // Only a unit with a role acknowledges, receives a transfer or gives feedback: with none
        // yet, the step starts by giving the case its unit.
        let kind = kind.needsUnitWithRole && subject.units.isEmpty ? .assign : kind
        forms.show(OpenForm(purpose: .caseAction(kind, target),
                            form: CaseActionForms.make(kind, for: subject, desk: desk, settings: settings, language: language,
                                                       openedAt: now),
                            openedAt: now, baseSeq: desk.lastSeq))
    }

    private mutating func back() {
        if helpVisible {
            helpVisible = false
        } else if screen == .directory, let origin = directory.origin, desk[origin] != nil {
            screen = .detail(origin)
        } else if screen != .queue {
            screen = .queue
        } else {
            queue.clearFilters(in: desk)
        }
    }

    private mutating func move(_ action: Action, now: Date, size: (width: Int, height: Int)) {
        let body = Rect.body(width: size.width, height: size.height, banner: hasBanner)
        let page = ScrollingBody.rows(in: body)
        switch screen {
        case .meeting where action == .moveUp || action == .moveDown:
            meeting.scroll(by: action, limit: MeetingScreen.maxScroll(self, in: body, now: now))
        case .meeting:
            meeting.turn(by: action)
        case .report(let kind):
            reportScroll = ScrollingBody.scrolled(reportScroll, by: action, page: page,
                                                  limit: ReportScreen.maxScroll(self, kind: kind, in: body, now: now))
        case .detail(let id):
            detailScroll = ScrollingBody.scrolled(detailScroll, by: action, page: page,
                                                  limit: DetailScreen.maxScroll(self, caseID: id, in: body, now: now))
        case .assessments:
            assessmentIndex = ScrollingBody.scrolled(assessmentIndex, by: action, page: page,
                                                     limit: max(0, desk.assessments.count - 1))
        case .directory:
            directory.scroll = ScrollingBody.scrolled(directory.scroll, by: action, page: page,
                                                      limit: DirectoryScreen.maxScroll(self, in: body, now: now))
        case .analysis(let id):
            reportScroll = ScrollingBody.scrolled(reportScroll, by: action, page: page,
                                                  limit: AnalysisScreen.maxScroll(self, caseID: id, in: body, now: now))
        case .queue, .statistics:
            guard let row = selectedRow else { return }
            queue.select(row: ScrollingBody.scrolled(row, by: action, page: QueueLayout.listRows(in: body), limit: rowCount - 1),
                         in: desk)
        }
    }

    private mutating func run(_ command: QueueCommand?) {
        switch command {
        case nil:
            return
        case .clear:
            queue.clearCaseFilter(in: desk)
        case .filter(let criterion, let value):
            if !queue.set(criterion, to: value, in: desk) {
                notice = fill(strings.command.invalid, value, criterion.name(in: language),
                              criterion.vocabulary(in: language).joined(separator: language == .chinese ? "、" : ", "))
            }
        case .jump(let id):
            // The case is shown whatever the lane and filters, and selected on the way back.
            queue.select(id)
            screen = .detail(id)
            detailScroll = 0
        case .unknown(let typed):
            notice = fill(strings.command.unknown, typed,
                          QueueCommand.commandWords(in: language).joined(separator: language == .chinese ? "、" : " "))
        }
    }
}
