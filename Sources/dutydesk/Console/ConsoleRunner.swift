import DutyDeskCore
import DutyDeskGrid
import DutyDeskLedger
import DutyDeskTerminal
import DutyDeskText
import DutyDeskUI
import Foundation

/// The console's loop: draw the state, wait for a key, a change to the ledger or the next
/// second, and go again. It blocks in poll(2) between those, so an idle console costs nothing.
@MainActor
struct ConsoleRunner {
    let desk: DeskContext
    let theme: Theme
    /// The wall clock, handed in by the wiring as everywhere else (`WallClock.now` there).
    let clock: () -> Date

    /// What only a console that writes has: the ledger it writes, the follower that wakes it and the
    /// intake draft file. A review of the past (`--as-of`) has none of them.
    private struct WritableDesk {
        let session: DeskSession
        let follower: (any StoreChanges)?
        let drafts: DraftFile
        let chainCheck: ChainCheck?
    }

    func run() throws {
        let writable: WritableDesk?
        if desk.asOf == nil {
            let session = try openSession()
            // Started from a snapshot, the desk is shown at once and the whole chain read behind it.
            var check: ChainCheck?
            if case .file(let path) = desk.location, session.startedAt > 0 {
                check = ChainCheck(path: path, timeZone: desk.timeZone)
            }
            writable = WritableDesk(session: session, follower: session.store.changes(),
                                    drafts: DraftFile(path: desk.sideFile(".draft.json")), chainCheck: check)
        } else {
            writable = nil
        }
        var state = try makeState(writable)
        // Under review the clocks stand still at the moment reviewed.
        func now() -> Date { desk.asOf ?? clock() }
        // The loop never waits for the lock: a read that finds it held is tried on the next tick,
        // a save waits in `waiting` (Esc drops it) while the screen keeps ticking.
        writable?.session.store.patience = .none
        var waiting = LockWait()
        let terminal = try openTerminal()
        defer { terminal.restore() }
        var firstFrame = true
        while !state.wantsQuit {
            let frame = ConsoleScreen.frame(state, width: terminal.width, height: terminal.height, now: now())
            terminal.draw(frame.grid, cursor: frame.cursor)
            if firstFrame {
                state.handle(.firstFrameDrawn, now: now())
                firstFrame = false
            }
            let timeout = writable == nil ? -1 : min(Self.untilNextSecond(now()), waiting.isEmpty ? 1000 : 200)
            var input = terminal.nextInput(timeoutMilliseconds: timeout, watching: writable?.follower?.descriptor)
            let quiet = input == .timeout
            // Input already waiting (keys typed faster than a frame, a paste the terminal did not
            // bracket) is all taken before the next frame, and the intake draft written once for it.
            while input != .timeout, !state.wantsQuit {
                take(input, writable: writable, terminal: terminal, state: &state, waiting: &waiting, now: now())
                input = terminal.nextInput(timeoutMilliseconds: 0)
            }
            // The tick is also the polling fallback where inotify is missing.
            if let writable { readNewEvents(writable, into: &state, waiting: &waiting) }
            waiting.requests += state.takeRequests()
            if let writable, !waiting.requests.isEmpty {
                waiting.requests = recordRequests(waiting.requests, session: writable.session, drafts: writable.drafts,
                                            state: &state, waiting: &waiting)
            }
            state.handle(.lockWait(waiting.banner(desk.strings.ledger, now: clock())), now: now())
            // A quiet second brings the clocks up to date before the frame; after a key the frame
            // measures the rows it chose, which costs what choosing them did.
            if quiet { state.handle(.clockTicked, now: now()) }
        }
    }

    /// The real terminal, or why there is none, in the operator's language.
    private func openTerminal() throws -> Terminal {
        do {
            return try Terminal(theme: theme)
        } catch TerminalError.notATerminal {
            throw CLIFailure.refused(desk.strings.usage.notATerminal)
        } catch TerminalError.unknownTerminal(let name) {
            throw CLIFailure.refused(fill(desk.strings.usage.unknownTerminal, name))
        }
    }

    /// The console's state over the live ledger, or the one reviewed. No copy of the desk outlives
    /// this but the session's and the state's, and the state lets go of its own while the session
    /// takes new events (`refreshDesk`), so they are taken in place.
    private func makeState(_ writable: WritableDesk?) throws -> ConsoleState {
        let (ledger, anchor) = try writable.map { ($0.session.state, Self.anchor($0.session)) }
            ?? desk.pastLedger(at: desk.asOf ?? clock(), anchored: true)
        return ConsoleState(desk: ledger, deskName: desk.deskName(ledger),
                            operatorName: desk.operatorName, policy: desk.policy,
                            strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone,
                            settings: desk.settings, reviewing: desk.asOf,
                            health: writable.map(health(of:)) ?? .sound,
                            anchor: anchor ?? LedgerAnchor.none,
                            draftOffer: writable?.drafts.load().map {
                                DraftOffer(fields: $0.fields, openedAt: $0.openedAt, savedAt: $0.savedAt, operatorName: $0.operatorName)
                            },
                            agenda: writable.map { _ in AgendaFile(path: desk.sideFile(".agenda.json")).load() } ?? [])
    }

    private func take(_ input: TerminalInput, writable: WritableDesk?, terminal: Terminal, state: inout ConsoleState,
                      waiting: inout LockWait, now: Date) {
        switch input {
        case .key(.escape) where !waiting.requests.isEmpty:
            waiting = LockWait()
            state.handle(.saveDropped(notice: desk.strings.ledger.consoleSaveCancelled), now: now)
        case .key where !waiting.requests.isEmpty:
            // Keys would change the form whose save is waiting: only Esc counts until it is written.
            break
        case .key(let key):
            state.handle(key, now: now, size: (terminal.width, terminal.height))
            if state.wantsRedraw {
                terminal.invalidate()
                state.handle(.redrawn, now: now)
            }
            // What records is carried out before the next key, which may depend on it.
            if let writable, state.requests.contains(where: { !$0.isDraft }) {
                waiting.requests += state.takeRequests()
                waiting.requests = recordRequests(waiting.requests, session: writable.session, drafts: writable.drafts,
                                            state: &state, waiting: &waiting)
            }
        case .watchedReady:
            writable?.follower?.drain()
            if let writable { readNewEvents(writable, into: &state, waiting: &waiting) }
        case .timeout:
            if let writable { readNewEvents(writable, into: &state, waiting: &waiting) }
        case .resize:
            break
        }
    }

    /// Who has held the ledger's lock since when, while this console waits for it, and the
    /// requests that wait with it.
    private struct LockWait {
        var requests: [ConsoleRequest] = []
        var holder: LockHolder?
        var since: Date?

        var isEmpty: Bool { requests.isEmpty && since == nil }

        mutating func blocked(by holder: LockHolder?, at moment: Date) {
            self.holder = holder
            since = since ?? moment
        }

        mutating func freed() {
            holder = nil
            since = nil
        }

        /// 台账被进程 N 占用 Xs, once the wait has lasted a second.
        func banner(_ words: LedgerMessages, now: Date) -> String? {
            guard let since, now.timeIntervalSince(since) >= 1 else { return nil }
            return fill(words.consoleLockBusy, holder.map { String($0.pid) } ?? "?", Int(now.timeIntervalSince(since)))
        }
    }

    /// Does what the forms asked. A refusal goes back beside the field it is about; nothing is
    /// appended. Only the newest draft of a burst of keys is written. Returns the requests still
    /// to do because another process holds the lock (the draft is saved regardless).
    private func recordRequests(_ requests: [ConsoleRequest], session: DeskSession, drafts: DraftFile,
                          state: inout ConsoleState, waiting: inout LockWait) -> [ConsoleRequest] {
        if let fields = requests.last(where: { if case .saveDraft = $0 { true } else { false } }),
           case .saveDraft(let values, let openedAt) = fields {
            try? drafts.save(DraftFile.Draft(fields: values, openedAt: openedAt, savedAt: clock(), operatorName: desk.operatorName))
        }
        let words = WorkflowStrings.table(for: desk.strings.language)
        for (index, request) in requests.enumerated() {
            do {
                try recordRequests(request, session: session, drafts: drafts, state: &state, words: words)
                waiting.freed()
            } catch LedgerError.busy(let holder, _) {
                waiting.blocked(by: holder, at: clock())
                return requests[index...].filter { if case .saveDraft = $0 { false } else { true } }
            } catch let error as LedgerError {
                // The ledger's refusal in the operator's language, as the CLI says it.
                state.handle(.refused(nil, message: SafeText.singleLine(desk.failure(error).message)), now: clock())
            } catch {
                state.handle(.refused(nil, message: SafeText.singleLine("\(error)")), now: clock())
            }
        }
        return []
    }

    private func recordRequests(_ request: ConsoleRequest, session: DeskSession, drafts: DraftFile, state: inout ConsoleState,
                          words: WorkflowStrings) throws {
            switch request {
            case .saveDraft:
                return
            case .discardDraft:
                drafts.discard()
            case .saveAgenda(let codes):
                try AgendaFile(path: desk.sideFile(".agenda.json")).save(codes)
            case .report(let intake):
                try recordOnCase(session, &state, notice: { subject, _ in fill(words.saved, subject.code) }) {
                    drafter throws(DraftRefusal) in try drafter.report(intake, newCaseID: CaseID(UUID().uuidString))
                }
                if state.openForm == nil { drafts.discard() }
            case .link(let code, let report):
                try recordOnCase(session, &state, notice: { subject, _ in fill(words.linked, subject.code) }) {
                    drafter throws(DraftRefusal) in try drafter.link(code, report: report)
                }
                if state.openForm == nil { drafts.discard() }
            case .act(let code, let action):
                // Another console may have written since the last tick: read first, then decide.
                try state.refreshDesk(session.refresh, current: { session.state })
                state.handle(.aboutToRecord, now: clock())
                if state.openForm?.conflict != nil { return }
                try recordOnCase(session, &state, notice: desk.recordedNotice) { drafter throws(DraftRefusal) in
                    try drafter.perform(action, on: code)
                }
            case .decide(let decision):
                try recordOnDesk(session, &state) { drafter throws(DraftRefusal) in try drafter.decide(decision) }
            case .patrol(let patrol):
                try recordOnDesk(session, &state) { drafter throws(DraftRefusal) in try drafter.logPatrol(patrol) }
            case .assess(let assessment):
                try recordOnDesk(session, &state) { drafter throws(DraftRefusal) in try assessment.draft(drafter) }
            case .wording(let wording):
                // Named by its topic, as `dutydesk wording` says it: a withdrawal's event names only the wording's id.
                let words = desk.strings.wording
                let said = if case .withdraw = wording { words.withdrawnRecorded } else { words.recorded }
                let topic = SafeText.singleLine(wording.topic.trimmingSpaces())
                try recordOnDesk(session, &state, notice: fill(said, topic)) {
                    drafter throws(DraftRefusal) in try wording.draft(drafter)
                }
            case .handOver(let incoming, let note):
                let outgoing = state.operatorName
                let handed = try record(session, &state) { drafter throws(DraftRefusal) in
                    try drafter.handOver(from: outgoing, to: incoming, note: note)
                }
                if case .shiftHandedOver(let handover)? = handed?.last?.body {
                    // Every handover is also a signed checkpoint; its token is in the handover report.
                    try state.refreshDesk({ try desk.checkpoint(in: session) }, current: { session.state })
                    state.handle(.anchored(Self.anchor(session)), now: clock())
                    state.handle(.handedOver(to: handover.incoming, notice: fill(words.handedOver, outgoing, handover.incoming)),
                                 now: clock())
                }
            }
    }

    /// Records a step on a case and says what was recorded (`notice`, from the case as it is now
    /// and the event appended).
    private func recordOnCase(_ session: DeskSession, _ state: inout ConsoleState, notice: (Case, Event) -> String,
                              _ build: (EventDrafter) throws(DraftRefusal) -> EventDraft) throws {
        guard let appended = try record(session, &state, build), let event = appended.last,
              let subject = event.caseID.flatMap({ session.state[$0] }) else { return }
        state.handle(.recordedOnCase(code: subject.code, notice: notice(subject, event)), now: clock())
    }

    /// Records a desk-level record (a decision, an assessment) and says what it was, in the
    /// timeline's words.
    /// `notice`, when given, is said instead.
    private func recordOnDesk(_ session: DeskSession, _ state: inout ConsoleState, notice: String? = nil,
                              _ build: (EventDrafter) throws(DraftRefusal) -> EventDraft) throws {
        guard let event = try record(session, &state, build)?.last else { return }
        state.handle(.recordedOnDesk(notice: notice ?? fill(DeskRecordStrings.table(for: desk.strings.language).recorded,
                                                            SafeText.singleLine(desk.strings.summary(of: event.body)))),
                     now: clock())
    }


    /// Records under the name of whoever holds this console now (it changes at a handover).
    /// Returns what was appended, or nil after showing the refusal in the form; throws only
    /// `LedgerError.busy`, for the caller to try again once the lock is free.
    private func record(_ session: DeskSession, _ state: inout ConsoleState,
                        _ build: (EventDrafter) throws(DraftRefusal) -> EventDraft) throws -> [Event]? {
        let now = clock()
        do {
            let operatorName = state.operatorName
            let appended = try state.refreshDesk({
                try session.record(by: operatorName) { ledger in
                    [try build(EventDrafter(state: ledger, now: now, timeZone: desk.timeZone,
                                            responsePlans: desk.settings.responsePlans))]
                }
            }, current: { session.state })
            state.handle(.anchored(Self.anchor(session)), now: now)
            return appended
        } catch let error as DraftRefusal {
            state.handle(.refused(error, message: desk.strings.recordingError(error, timeZone: desk.timeZone)), now: now)
        } catch LedgerError.busy(let holder, let waited) {
            throw LedgerError.busy(holder: holder, waited: waited)
        } catch {
            state.handle(.ledgerHealth(Self.health(session.store.condition, words: desk.strings.ledger)), now: now)
            state.handle(.refused(nil, message: SafeText.singleLine(Self.message(desk.storeFailure(error)))), now: now)
        }
        return nil
    }

    /// The console writes (issue forms) when it can; a ledger it may not write is still shown.
    private func openSession() throws -> DeskSession {
        do {
            return try desk.openSession(writable: true)
        } catch {
            return try desk.openSession(writable: false)
        }
    }

    /// Reads what other processes appended; a lock held elsewhere is noted and tried again next tick.
    private func readNewEvents(_ writable: WritableDesk, into state: inout ConsoleState, waiting: inout LockWait) {
        let session = writable.session
        let taken: Int
        do {
            taken = try state.refreshDesk(session.refresh, current: { session.state })
            if waiting.requests.isEmpty { waiting.freed() }
        } catch LedgerError.busy(let holder, _) {
            return waiting.blocked(by: holder, at: clock())
        } catch {
            let alarm = SafeText.singleLine(Self.message(desk.storeFailure(error)))
            return state.handle(.ledgerHealth(.contradicted(alarm: alarm)), now: clock())
        }
        state.handle(.ledgerHealth(health(of: writable)), now: clock())
        if taken > 0 { state.handle(.anchored(Self.anchor(session)), now: clock()) }
    }

    /// The ledger's health as the store read it, where the background read of the whole chain (a
    /// console started from a snapshot) has the last word: damage it found, or 台账核验中 while it reads.
    private func health(of writable: WritableDesk) -> LedgerHealth {
        let health = Self.health(writable.session.store.condition, words: desk.strings.ledger)
        guard let check = writable.chainCheck else { return health }
        if let damage = check.damage { return Self.health(.damaged(damage), words: desk.strings.ledger) }
        return health == .sound && !check.isFinished ? .checking : health
    }

    static func anchor(_ session: DeskSession) -> LedgerAnchor {
        LedgerAnchor(eventCount: session.store.eventCount, headHash: session.store.headHash)
    }

    /// A refusal's words: a CLI failure's message, anything else as it describes itself.
    static func message(_ error: any Error) -> String { (error as? CLIFailure)?.message ?? "\(error)" }

    static func health(_ condition: StoreCondition, words: LedgerMessages) -> LedgerHealth {
        switch condition {
        case .sound: .sound
        case .tornTail: .tornTail
        case .damaged(let fault):
            .damaged(event: fault.event, location: words.describe(fault.location), reason: words.describe(fault.reason))
        case .contradicted(let conflict): .contradicted(alarm: words.describe(conflict))
        }
    }

    /// Wakes on the second boundary, so the countdowns tick in step with the header clock.
    static func untilNextSecond(_ now: Date) -> Int {
        let fraction = now.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)
        return max(1, Int(((1 - fraction) * 1000).rounded(.up)))
    }
}
