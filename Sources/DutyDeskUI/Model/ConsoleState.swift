import DutyDeskCore
import DutyDeskGrid
import Foundation

/// What the ledger looks like to the console: fine, a torn tail a writer will repair,
/// damaged (read-only for good), or at odds with what this machine has seen of it (the alarm,
/// in words, read-only too).
public enum LedgerHealth: Sendable, Equatable {
    case sound
    case tornTail
    /// The event's number, where the store found it (in words) and why.
    case damaged(event: Int, location: String, reason: String)
    case contradicted(alarm: String)

    public var isDamaged: Bool {
        switch self {
        case .damaged, .contradicted: true
        case .sound, .tornTail: false
        }
    }
}

/// Everything the console shows, apart from the clock. Screens are pure functions of this,
/// the terminal size and the moment; `handle` is the only way keys change it.
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
    public var desk: DeskState {
        didSet {
            if !lettingGo, queueIndex.catchUp(to: desk) { chooseRows() }
        }
    }
    /// While `refreshDesk` holds no desk: the index stays as it was.
    private var lettingGo = false
    public var health: LedgerHealth = .sound
    /// While the console waits for another process's lock: who holds it and for how long, in words.
    /// Drawn on the bottom row over everything, forms included, since a save is what waits.
    public var ledgerWait: String?
    public var deskName: String
    public var operatorName: String
    public let policy: DeadlinePolicy
    public let strings: ConsoleStrings
    public let timeZone: TimeZone
    public var lane: Lane = .all { didSet { chooseRows() } }
    public var screen: Screen = .queue
    public var helpVisible = false
    /// The applied search; empty means no filter.
    public var filter = "" { didSet { chooseRows() } }
    /// The search being typed, live-filtering the queue; nil when not typing.
    public var searchDraft: String? { didSet { chooseRows() } }
    /// The filters set on the `:` command line; they combine with the search.
    public var caseFilter = CaseFilter() { didSet { chooseRows() } }
    /// The `:` command being typed; nil when not typing.
    public var commandDraft: String?
    public var detailScroll = 0
    /// Cases marked for the joint meeting, in the order they were marked.
    public private(set) var agenda: [CaseID] = []
    public private(set) var agendaPage = 0
    /// How far ↑/↓ have scrolled the agenda page's responses and timeline; a new page starts at the top.
    public private(set) var meetingScroll = 0
    public var reportScroll = 0
    /// The assessment selected on the assessment screen (an index into `desk.assessments`).
    public var assessmentIndex = 0
    public var directory = DirectoryView()
    /// The ledger's event count and head hash, which the handover records as its anchor.
    public var anchor = LedgerAnchor.none
    public private(set) var selected: CaseID?
    /// Where the selection was, so it can stay in place when its case leaves the lane.
    private var selectedIndex = 0
    public var wantsQuit = false
    public var wantsRedraw = false
    /// The desk's units directory and localities, offered first in the forms' choices.
    public var settings = DeskSettings()
    /// Set when reviewing the past (`--as-of`): the moment shown, and no form may open.
    public var reviewing: Date?
    /// A banner row sits under the tabs: a damaged ledger, or a review of the past.
    public var hasBanner: Bool { health.isDamaged || reviewing != nil }
    public var openForm: OpenForm?
    public var draftOffer: DraftOffer?
    /// One line of feedback in the footer ("已登记 YQ-…"), until the next key.
    public var notice: String?
    public private(set) var requests: [ConsoleRequest] = []
    /// The queue's order, search and rows, kept in step with `desk` and the lane, filters and search.
    private(set) var queueIndex: QueueIndex

    public init(desk: DeskState, deskName: String, operatorName: String, policy: DeadlinePolicy,
                strings: ConsoleStrings, timeZone: TimeZone) {
        self.desk = desk
        self.deskName = deskName
        self.operatorName = operatorName
        self.policy = policy
        self.strings = strings
        self.timeZone = timeZone
        queueIndex = QueueIndex(desk, policy: policy, strings: strings)
        chooseRows()
    }

    public var context: Context {
        if openForm != nil || draftOffer != nil { return .form }
        if helpVisible { return .help }
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
    public var selectedRow: Int? {
        let rows = queueIndex.rows
        guard !rows.isEmpty else { return nil }
        if let selected, let index = desk.index(of: selected), let row = rows.firstIndex(of: index) { return row }
        return min(selectedIndex, rows.count - 1)
    }

    /// Keeps the selection on the same case across re-sorting and new arrivals; if its case left
    /// the rows, the selection stays at the same place.
    public mutating func reconcile(now: Date) {
        guard let row = selectedRow else {
            selected = nil
            return
        }
        select(row: row)
    }

    /// Lets `refresh` take new events into the store's desk without copying it: the console lets
    /// go of its own copy meanwhile (while two hold the cases, changing one case copies them all),
    /// then takes the store's desk, `current`, whatever `refresh` did.
    public mutating func refreshDesk<Taken>(_ refresh: () throws -> Taken, current: () -> DeskState) rethrows -> Taken {
        lettingGo = true
        desk = DeskState()
        lettingGo = false
        defer { desk = current() }
        return try refresh()
    }

    /// Search is prepared on the first search otherwise; the app calls this once the first frame is up.
    public mutating func prepareSearch() {
        queueIndex.prepareSearch(desk)
    }

    private mutating func chooseRows() {
        queueIndex.choose(desk, lane: lane, filter: caseFilter, query: searchDraft ?? filter)
    }

    public mutating func select(code: String) {
        selected = desk.findCase(code: code)?.id
    }

    public mutating func handle(_ key: Key, now: Date, size: (width: Int, height: Int)) {
        notice = nil
        if draftOffer != nil {
            answerDraftOffer(key, now: now)
            return
        }
        if openForm != nil {
            editForm(key, now: now)
            return
        }
        if searchDraft != nil {
            editSearch(key, now: now)
            return
        }
        if commandDraft != nil {
            editCommand(key, now: now)
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
        let desksOwn: Set<Action> = [.newReport, .handOver, .decide, .newAssessment, .caseFromAssessment, .patrol]
        if reviewing != nil, desksOwn.contains(action) || step != nil {
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
            searchDraft = filter
        case .commandLine:
            commandDraft = ""
        case .nextLane, .previousLane:
            lane = action == .nextLane ? lane.next : lane.previous
            reconcile(now: now)
        case .open:
            if let selected { screen = .detail(selected); detailScroll = 0 }
        case .newReport:
            openForm = OpenForm(purpose: .intake, form: IntakeForm.make(desk: desk, settings: settings, language: language,
                                                                          openedAt: now, draft: nil),
                                openedAt: now, baseSeq: desk.lastSeq)
        case .triage, .assign, .respond, .pressConference, .note, .close, .acknowledge, .transfer, .refer,
             .referralOutcome, .reopen, .correct, .instruct, .meeting, .reportBack, .completeItem, .feedback, .reportUp,
             .tolerate, .releaseStep:
            break  // opened above, as steps
        case .decide, .assessments, .newAssessment, .caseFromAssessment, .directory, .analysis, .patrol:
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
            openForm = OpenForm(purpose: .handover, form: HandoverForm.make(desk: desk, outgoing: operatorName, language: language),
                                openedAt: now, baseSeq: desk.lastSeq)
        }
    }

    var language: Language { strings.domain.language }

    /// The case a step applies to: the one on screen, the agenda's current page, or the selection.
    public var focusedCase: CaseID? {
        switch screen {
        case .detail(let id): id
        case .meeting: agenda.indices.contains(agendaPage) ? agenda[agendaPage] : nil
        default: selected
        }
    }

    /// The desk-level records' keys (issue 13): their forms and screens.
    private mutating func performDeskRecord(_ action: Action, now: Date) {
        switch action {
        case .decide:
            let cases = focusedCase.flatMap { desk[$0]?.code }.map { [$0] } ?? []
            openForm = OpenForm(purpose: .decision,
                                form: DecisionForm.make(desk: desk, settings: settings, language: language, openedAt: now,
                                                        cases: cases),
                                openedAt: now, baseSeq: desk.lastSeq)
        case .assessments:
            assessmentIndex = min(assessmentIndex, max(0, desk.assessments.count - 1))
            show(.assessments)
        case .newAssessment:
            openForm = OpenForm(purpose: .assessment,
                                form: AssessmentForm.make(desk: desk, settings: settings, language: language),
                                openedAt: now, baseSeq: desk.lastSeq)
        case .caseFromAssessment:
            guard desk.assessments.indices.contains(assessmentIndex) else { return }
            // The intake form as `n` opens it, carrying the assessment's code.
            openForm = OpenForm(purpose: .intake,
                                form: IntakeForm.make(desk: desk, settings: settings, language: language, openedAt: now,
                                                      draft: ["assessment": desk.assessments[assessmentIndex].code]),
                                openedAt: now, baseSeq: desk.lastSeq)
        case .directory:
            // From a case, the directory opens at its units.
            if case .detail(let id) = screen, let subject = desk[id] { directory = DirectoryView(at: subject) } else {
                directory = DirectoryView()
            }
            show(.directory)
        case .analysis:
            if case .detail(let id) = screen { show(.analysis(id)) } else { show(.analysis(nil)) }
        case .patrol:
            openForm = OpenForm(purpose: .patrol, form: PatrolForm.make(language: language, openedAt: now), openedAt: now,
                                baseSeq: desk.lastSeq)
        default:
            return
        }
    }

    /// Marks the focused case for the agenda, or takes it off.
    private mutating func toggleMark() {
        guard let target = focusedCase else { return }
        if let index = agenda.firstIndex(of: target) {
            agenda.remove(at: index)
        } else {
            agenda.append(target)
        }
        // A review of the past keeps its marks to itself: it writes nothing beside the ledger.
        if reviewing == nil { requests.append(.saveAgenda(agenda.compactMap { desk[$0]?.code })) }
    }

    /// The agenda an earlier run marked, by case code; a code no longer on the desk is dropped.
    public mutating func restoreAgenda(codes: [String]) {
        agenda = codes.compactMap { desk.findCase(code: $0)?.id }
    }

    /// The agenda as marked; with nothing marked, the focused case alone.
    private mutating func openAgenda() {
        if agenda.isEmpty, let target = focusedCase { agenda = [target] }
        guard !agenda.isEmpty else { return }
        agendaPage = 0
        meetingScroll = 0
        screen = .meeting
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
        openForm = OpenForm(purpose: .caseAction(kind, target),
                            form: CaseActionForms.make(kind, for: subject, desk: desk, settings: settings, language: language,
                                                       openedAt: now),
                            openedAt: now, baseSeq: desk.lastSeq)
    }

    /// Takes the requests the app must carry out, in order.
    public mutating func takeRequests() -> [ConsoleRequest] {
        defer { requests.removeAll() }
        return requests
    }

    /// The app recorded what the open form asked for: close it and show the case.
    public mutating func succeeded(code: String, notice: String, now: Date) {
        openForm = nil
        self.notice = notice
        // Back where the form was opened from (the queue, the case, the agenda page); the
        // queue's selection moves to the case recorded on.
        select(code: code)
        reconcile(now: now)
    }

    /// The app recorded a desk-level record (a decision, an assessment): close the form, say so.
    public mutating func recordedOnDesk(notice: String) {
        openForm = nil
        self.notice = notice
        assessmentIndex = min(assessmentIndex, max(0, desk.assessments.count - 1))
    }

    /// The handover was recorded: the incoming officer now works this console.
    public mutating func handedOver(to incoming: String, notice: String) {
        openForm = nil
        self.notice = notice
        operatorName = incoming
    }

    /// The ledger refused: the message goes beside the field it is about, the form stays open.
    public mutating func refused(_ error: RecordingError, message: String) {
        guard let form = openForm?.form else { return }
        openForm?.form.reject(form.fieldName(for: error), message: message)
    }

    /// A failure that is about no field (the ledger could not be written): beside the first one.
    public mutating func refused(message: String) {
        guard let first = openForm?.form.fields.first?.id else { return }
        openForm?.form.reject(first, message: message)
    }

    /// Intake candidates that may be the same matter (same phone, similar title).
    public func duplicates(of form: Form) -> [Case] {
        DuplicateFinder.candidates(title: form.text("title"), phone: form.text("phone"), in: desk, limit: 3)
    }

    /// Events on the form's case recorded by anyone since the form opened.
    public func changesSinceOpened(_ open: OpenForm) -> [TimelineEntry] {
        guard case .caseAction(_, let id) = open.purpose, let subject = desk[id] else { return [] }
        return subject.timeline.filter { $0.seq > open.baseSeq }
    }

    /// Called by the app just before it records, on a freshly read ledger: stops the save and
    /// shows the changes if the case moved on meanwhile. Returns true when it did.
    public mutating func stopForConflict() -> Bool {
        guard var open = openForm, !open.overridden else { return false }
        let changes = changesSinceOpened(open)
        guard !changes.isEmpty else { return false }
        open.conflict = changes
        openForm = open
        return true
    }

    private mutating func resolveConflict(_ key: Key, now: Date) {
        guard var open = openForm, case .caseAction(let kind, let id) = open.purpose else { return }
        switch key {
        case .character("r"):
            guard let subject = desk[id], kind.applies(to: subject) else {
                openForm = nil
                return
            }
            openForm = OpenForm(purpose: open.purpose,
                                form: CaseActionForms.make(kind, for: subject, desk: desk, settings: settings, language: language,
                                                     openedAt: now),
                                openedAt: now, baseSeq: desk.lastSeq)
        case .character("s"):
            open.conflict = nil
            open.overridden = true
            openForm = open
            submit(open, now: now)
        case .escape:
            open.conflict = nil
            openForm = open
        default:
            return
        }
    }

    private mutating func submit(_ open: OpenForm, now: Date) {
        switch open.purpose {
        case .handover:
            requests.append(HandoverForm.request(open.form))
        case .decision:
            requests.append(.decide(DecisionForm.decision(open.form, now: now, timeZone: timeZone)))
        case .patrol:
            requests.append(.patrol(PatrolForm.patrol(open.form, now: now, timeZone: timeZone)))
        case .assessment:
            guard let request = AssessmentForm.request(open.form, now: now, timeZone: timeZone) else { return }
            requests.append(.assess(request))
        case .intake:
            requests.append(.report(IntakeForm.intake(open.form, now: now, timeZone: timeZone)))
        case .caseAction(let kind, let id):
            guard let code = desk[id]?.code else { return }
            if !open.overridden, !changesSinceOpened(open).isEmpty {
                _ = stopForConflict()
                return
            }
            requests.append(.act(code: code, action: CaseActionForms.action(kind, from: open.form, now: now,
                                                                            timeZone: timeZone)))
        }
    }

    private mutating func editForm(_ key: Key, now: Date) {
        guard var open = openForm else { return }
        if open.conflict != nil {
            resolveConflict(key, now: now)
            return
        }
        if open.purpose == .intake, key == .function(2), let first = duplicates(of: open.form).first {
            let intake = IntakeForm.intake(open.form, now: now, timeZone: timeZone)
            requests.append(.link(code: first.code, report: LinkedReport(channel: intake.channel, caller: intake.caller,
                                                                         phone: intake.phone, note: intake.title)))
            return
        }
        switch open.form.handle(key) {
        case .editing, .cancelRequested:
            openForm = open
            if open.purpose == .intake, open.form.isDirty {
                requests.append(.saveDraft(IntakeForm.values(open.form), openedAt: open.openedAt))
            }
        case .cancelled:
            openForm = nil
            if open.purpose == .intake { requests.append(.discardDraft) }
        case .submit:
            var valid = open.form.validate(now: now, timeZone: timeZone, language: language)
            if valid, case .caseAction(let kind, _) = open.purpose {
                valid = CaseActionForms.check(kind, &open.form, now: now, timeZone: timeZone, language: language)
            }
            if valid, open.purpose == .assessment {
                valid = AssessmentForm.check(&open.form, now: now, timeZone: timeZone, language: language)
            }
            openForm = open
            guard valid else { return }
            submit(open, now: now)
        }
    }

    private mutating func answerDraftOffer(_ key: Key, now: Date) {
        guard let offer = draftOffer else { return }
        switch key {
        case .character("y"), .character("Y"), .enter:
            openForm = OpenForm(purpose: .intake,
                                form: IntakeForm.make(desk: desk, settings: settings, language: language,
                                                      openedAt: offer.openedAt, draft: offer.fields),
                                openedAt: offer.openedAt, baseSeq: desk.lastSeq)
            draftOffer = nil
        case .character("n"), .character("N"), .escape:
            requests.append(.discardDraft)
            draftOffer = nil
        default:
            return
        }
    }

    private mutating func back() {
        if helpVisible {
            helpVisible = false
        } else if screen == .directory, let origin = directory.origin, desk[origin] != nil {
            screen = .detail(origin)
        } else if screen != .queue {
            screen = .queue
        } else {
            filter = ""
            caseFilter = CaseFilter()
        }
    }

    private mutating func move(_ action: Action, now: Date, size: (width: Int, height: Int)) {
        if screen == .meeting {
            if action == .moveUp || action == .moveDown {
                meetingScroll = ScrollingBody.scrolled(meetingScroll, by: action, page: 1,
                                                       limit: MeetingScreen.maxScroll(self, size: size, now: now))
                return
            }
            // One case a page: paging moves one item.
            agendaPage = ScrollingBody.scrolled(agendaPage, by: action, page: 1, limit: agenda.count - 1)
            meetingScroll = 0
            return
        }
        let page = ScrollingBody.rows(height: size.height, banner: hasBanner)
        if case .report(let kind) = screen {
            reportScroll = ScrollingBody.scrolled(reportScroll, by: action, page: page,
                                                  limit: ReportScreen.maxScroll(self, kind: kind, size: size, now: now))
            return
        }
        if case .detail(let id) = screen {
            detailScroll = ScrollingBody.scrolled(detailScroll, by: action, page: page,
                                                  limit: DetailScreen.maxScroll(self, caseID: id, size: size, now: now))
            return
        }
        switch screen {
        case .assessments:
            assessmentIndex = ScrollingBody.scrolled(assessmentIndex, by: action, page: page,
                                                     limit: max(0, desk.assessments.count - 1))
            return
        case .directory:
            directory.scroll = ScrollingBody.scrolled(directory.scroll, by: action, page: page,
                                                      limit: DirectoryScreen.maxScroll(self, size: size, now: now))
            return
        case .analysis(let id):
            reportScroll = ScrollingBody.scrolled(reportScroll, by: action, page: page,
                                                  limit: AnalysisScreen.maxScroll(self, caseID: id, size: size, now: now))
            return
        default:
            break
        }
        guard let row = selectedRow else { return }
        select(row: ScrollingBody.scrolled(row, by: action, page: QueueLayout.listRows(height: size.height, banner: hasBanner),
                                           limit: rowCount - 1))
    }

    private mutating func select(row: Int) {
        selectedIndex = row
        selected = desk.cases[queueIndex.rows[row]].id
    }

    private mutating func editSearch(_ key: Key, now: Date) {
        switch key {
        case .enter:
            filter = searchDraft ?? ""
            searchDraft = nil
        case .escape:
            searchDraft = nil
        default:
            guard let edited = Self.edited(searchDraft, by: key) else { return }
            searchDraft = edited
        }
        reconcile(now: now)
    }

    /// A one-line draft (the search, the command) edits as a single-line field does: typing,
    /// Backspace, Ctrl-U, Ctrl-W, a paste with its line breaks as spaces; nil for other keys.
    private static func edited(_ draft: String?, by key: Key) -> String? {
        var line = TextBuffer(draft ?? "")
        return line.handle(key) ? line.text : nil
    }

    /// Tab completes to the first candidate; the footer lists them (`commandCompletions`).
    private mutating func editCommand(_ key: Key, now: Date) {
        switch key {
        case .enter:
            let line = commandDraft ?? ""
            commandDraft = nil
            run(QueueCommand.parse(line, desk: desk), now: now)
        case .escape:
            commandDraft = nil
        case .backspace where commandDraft?.isEmpty == true:
            // Backspace on the bare colon leaves the command line, as in vim and k9s.
            commandDraft = nil
        case .tab:
            if let first = commandCompletions.first { commandDraft = first }
        default:
            if let edited = Self.edited(commandDraft, by: key) { commandDraft = edited }
        }
    }

    /// What Tab would complete the command being typed to.
    public var commandCompletions: [String] {
        commandDraft.map { QueueCommand.completions(of: $0, desk: desk, settings: settings, language: language) } ?? []
    }

    private mutating func run(_ command: QueueCommand?, now: Date) {
        switch command {
        case nil:
            return
        case .clear:
            caseFilter = CaseFilter()
        case .filter(let criterion, let value):
            if !caseFilter.set(criterion, to: value) {
                notice = fill(strings.command.invalid, value, criterion.name(in: language),
                              criterion.vocabulary(in: language).joined(separator: language == .chinese ? "、" : ", "))
                return
            }
        case .jump(let id):
            // The case is shown whatever the lane and filters, and selected on the way back.
            selected = id
            screen = .detail(id)
            detailScroll = 0
            return
        case .unknown(let typed):
            notice = fill(strings.command.unknown, typed)
            return
        }
        reconcile(now: now)
    }
}
