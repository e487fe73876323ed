import DutyDeskCore
import DutyDeskGrid
import DutyDeskLog
import DutyDeskTerminal
import DutyDeskUI
import Foundation

/// The console's loop: draw the state, wait for a key, a change to the ledger or the next
/// second, and go again. It blocks in poll(2) between those, so an idle console costs nothing.
@MainActor
struct ConsoleRunner {
    let desk: DeskContext
    let theme: Theme

    /// What only a live console has: the ledger it writes, the follower that wakes it and the
    /// intake draft file. A review of the past (`--as-of`) has none of them.
    private struct Live {
        let session: DeskSession
        let follower: LogFollower
        let drafts: DraftFile
    }

    func run() throws {
        let live = try desk.asOf == nil ? Live(session: openSession(), follower: LogFollower(path: desk.logPath),
                                                drafts: DraftFile(logPath: desk.logPath)) : nil
        let (ledger, anchor) = try live.map { ($0.session.state, Self.anchor($0.session)) }
            ?? desk.pastLedger(at: desk.asOf ?? Date(), anchored: true)
        var state = ConsoleState(desk: ledger, deskName: desk.deskName(ledger),
                                 operatorName: desk.recorder, policy: desk.policy,
                                 strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone)
        state.settings = desk.settings
        state.reviewing = desk.asOf
        state.anchor = anchor ?? LedgerAnchor.none
        if let live {
            state.health = Self.health(live.session.store.condition)
            state.draftOffer = live.drafts.load().map {
                DraftOffer(fields: $0.fields, openedAt: $0.openedAt, savedAt: $0.savedAt, recorder: $0.recorder)
            }
        }
        // Under review the clocks stand still at the moment reviewed.
        func now() -> Date { desk.asOf ?? Date() }
        state.reconcile(now: now())
        let terminal = try Terminal(theme: theme)
        defer { terminal.restore() }
        while !state.wantsQuit {
            let frame = ConsoleScreen.frame(state, width: terminal.width, height: terminal.height, now: now())
            terminal.draw(frame.grid, cursor: frame.cursor)
            let timeout = live == nil ? -1 : Self.untilNextSecond(now())
            var input = terminal.nextInput(timeoutMilliseconds: timeout, watching: live?.follower.descriptor)
            // Input already waiting (keys typed faster than a frame, a paste the terminal did not
            // bracket) is all taken before the next frame, and the intake draft written once for it.
            while input != .timeout, !state.wantsQuit {
                try take(input, live: live, terminal: terminal, state: &state, now: now())
                input = terminal.nextInput(timeoutMilliseconds: 0)
            }
            if let live { carryOut(state.takeRequests(), session: live.session, drafts: live.drafts, state: &state) }
        }
    }

    private func take(_ input: TerminalInput, live: Live?, terminal: Terminal, state: inout ConsoleState,
                      now: Date) throws {
        switch input {
        case .key(let key):
            state.handle(key, now: now, size: (terminal.width, terminal.height))
            if state.wantsRedraw {
                terminal.invalidate()
                state.wantsRedraw = false
            }
            // What records is carried out before the next key, which may depend on it.
            if let live, state.requests.contains(where: { !$0.isDraft }) {
                carryOut(state.takeRequests(), session: live.session, drafts: live.drafts, state: &state)
            }
        case .watchedReady:
            live?.follower.drain()
            if let live { try takeIn(live.session, into: &state) }
        case .timeout:
            if let live { try takeIn(live.session, into: &state) }
        case .resize:
            break
        }
    }

    /// Does what the forms asked. A refusal goes back beside the field it is about; nothing is
    /// appended. Only the newest draft of a burst of keys is written.
    private func carryOut(_ requests: [ConsoleRequest], session: DeskSession, drafts: DraftFile,
                          state: inout ConsoleState) {
        if let fields = requests.last(where: { if case .saveDraft = $0 { true } else { false } }),
           case .saveDraft(let values, let openedAt) = fields {
            try? drafts.save(DraftFile.Draft(fields: values, openedAt: openedAt, savedAt: Date(), recorder: desk.recorder))
        }
        let words = WorkflowStrings.table(for: desk.strings.language)
        for request in requests {
            switch request {
            case .saveDraft:
                continue
            case .discardDraft:
                drafts.discard()
            case .report(let intake):
                recordOnCase(session, &state, notice: { subject, _ in fill(words.saved, subject.code) }) {
                    recorder throws(RecordingError) in try recorder.report(intake, newCaseID: CaseID(UUID().uuidString))
                }
                if state.openForm == nil { drafts.discard() }
            case .link(let code, let report):
                recordOnCase(session, &state, notice: { subject, _ in fill(words.linked, subject.code) }) {
                    recorder throws(RecordingError) in try recorder.link(code, report: report)
                }
                if state.openForm == nil { drafts.discard() }
            case .act(let code, let action):
                // Another console may have written since the last tick: read first, then decide.
                if (try? session.refresh()) != nil { state.desk = session.state }
                if state.stopForConflict() { continue }
                recordOnCase(session, &state, notice: recordedNotice) { recorder throws(RecordingError) in
                    try recorder.perform(action, on: code)
                }
            case .handOver(let incoming, let note):
                let outgoing = state.operatorName
                let handed = record(session, &state) { recorder throws(RecordingError) in
                    try recorder.handOver(from: outgoing, to: incoming, note: note)
                }
                if case .shiftHandedOver(let handover)? = handed?.last?.body {
                    state.handedOver(to: handover.incoming, notice: fill(words.handedOver, outgoing, handover.incoming))
                }
            }
        }
    }

    /// Records a step on a case and says what was recorded (`notice`, from the case as it is now
    /// and the event appended).
    private func recordOnCase(_ session: DeskSession, _ state: inout ConsoleState, notice: (Case, Event) -> String,
                              _ build: (Recorder) throws(RecordingError) -> EventDraft) {
        guard let appended = record(session, &state, build), let event = appended.last,
              let subject = event.caseID.flatMap({ session.state[$0] }) else { return }
        state.succeeded(code: subject.code, notice: notice(subject, event), now: Date())
    }

    /// 已记录 YQ-…：续报一（政务微博）：… — the step in the timeline's own words, numbered as it counts.
    private func recordedNotice(_ subject: Case, _ event: Event) -> String {
        let summary = subject.timeline.first { $0.seq == event.seq }
            .map { desk.strings.summary(of: $0, in: subject, timeZone: desk.timeZone) } ?? ""
        return fill(WorkflowStrings.table(for: desk.strings.language).recorded, subject.code, SafeText.singleLine(summary))
    }

    /// Records under the name of whoever holds this console now (it changes at a handover).
    /// Returns what was appended, or nil after showing the refusal in the form.
    private func record(_ session: DeskSession, _ state: inout ConsoleState,
                        _ build: (Recorder) throws(RecordingError) -> EventDraft) -> [Event]? {
        let now = Date()
        do {
            let appended = try session.record(by: state.operatorName) { ledger in
                [try build(Recorder(state: ledger, now: now, timeZone: desk.timeZone))]
            }
            state.desk = session.state
            state.anchor = Self.anchor(session)
            return appended
        } catch let error as RecordingError {
            state.refused(error, message: desk.strings.recordingError(error, timeZone: desk.timeZone))
        } catch {
            state.refused(message: "\(error)")
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

    private func takeIn(_ session: DeskSession, into state: inout ConsoleState) throws {
        let taken = try session.refresh()
        state.health = Self.health(session.store.condition)
        if taken > 0 {
            state.desk = session.state
            state.anchor = Self.anchor(session)
            state.reconcile(now: Date())
        }
    }

    static func anchor(_ session: DeskSession) -> LedgerAnchor {
        LedgerAnchor(eventCount: session.store.eventCount, headHash: session.store.headHash)
    }

    static func health(_ condition: LogCondition) -> LedgerHealth {
        switch condition {
        case .sound: .sound
        case .tornTail: .tornTail
        case .damaged(let fault): .damaged(line: fault.line, offset: fault.offset, reason: fault.reason.description)
        }
    }

    /// Wakes on the second boundary, so the countdowns tick in step with the header clock.
    static func untilNextSecond(_ now: Date) -> Int {
        let fraction = now.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)
        return max(1, Int(((1 - fraction) * 1000).rounded(.up)))
    }
}
