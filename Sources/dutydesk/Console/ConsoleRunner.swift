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

    func run() throws {
        if let moment = desk.asOf { return try review(at: moment) }
        let session = try openSession()
        let follower = LogFollower(path: desk.logPath)
        var state = ConsoleState(desk: session.state,
                                 deskName: desk.settings.deskName ?? session.state.identity?.deskID ?? desk.deskID,
                                 operatorName: desk.recorder, policy: desk.policy,
                                 strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone)
        state.health = Self.health(session.store.condition)
        state.settings = desk.settings
        state.reconcile(now: Date())
        let drafts = DraftFile(logPath: desk.logPath)
        state.draftOffer = drafts.load().map { DraftOffer(fields: $0.fields, savedAt: $0.savedAt, recorder: $0.recorder) }
        let terminal = try Terminal(theme: theme)
        defer { terminal.restore() }
        while !state.wantsQuit {
            let now = Date()
            let frame = ConsoleScreen.frame(state, width: terminal.width, height: terminal.height, now: now)
            terminal.draw(frame.grid, cursor: frame.cursor)
            switch terminal.nextInput(timeoutMilliseconds: Self.untilNextSecond(now), watching: follower.descriptor) {
            case .key(let key):
                state.handle(key, now: Date(), size: (terminal.width, terminal.height))
                if state.wantsRedraw {
                    terminal.invalidate()
                    state.wantsRedraw = false
                }
                carryOut(state.takeRequests(), session: session, drafts: drafts, state: &state)
            case .watchedReady:
                follower.drain()
                try takeIn(session, into: &state)
            case .timeout:
                try takeIn(session, into: &state)
            case .resize:
                break
            }
        }
    }

    /// The desk as it stood at `moment`, for a review: the clocks stand still there, nothing is
    /// followed and nothing can be recorded.
    private func review(at moment: Date) throws {
        let store = try FileEventLog(path: desk.logPath, access: .readOnly, deskID: desk.deskID, recorder: desk.recorder,
                                     now: { Date() }, timeZone: desk.timeZone)
        let past = DeskState(replaying: try store.readNew(), asOf: moment)
        var state = ConsoleState(desk: past, deskName: desk.settings.deskName ?? past.identity?.deskID ?? desk.deskID,
                                 operatorName: desk.recorder, policy: desk.policy,
                                 strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone)
        state.reviewing = moment
        state.settings = desk.settings
        state.reconcile(now: moment)
        let terminal = try Terminal(theme: theme)
        defer { terminal.restore() }
        while !state.wantsQuit {
            let frame = ConsoleScreen.frame(state, width: terminal.width, height: terminal.height, now: moment)
            terminal.draw(frame.grid, cursor: frame.cursor)
            if case .key(let key) = terminal.nextInput(timeoutMilliseconds: -1) {
                state.handle(key, now: moment, size: (terminal.width, terminal.height))
                if state.wantsRedraw {
                    terminal.invalidate()
                    state.wantsRedraw = false
                }
            }
        }
    }

    /// Does what the forms asked. A refusal goes back beside the field it is about; nothing is
    /// appended. Only the newest draft of a burst of keys is written.
    private func carryOut(_ requests: [ConsoleRequest], session: DeskSession, drafts: DraftFile,
                          state: inout ConsoleState) {
        if let fields = requests.last(where: { if case .saveDraft = $0 { true } else { false } }),
           case .saveDraft(let values) = fields {
            try? drafts.save(DraftFile.Draft(fields: values, savedAt: Date(), recorder: desk.recorder))
        }
        let words = WorkflowStrings.table(for: desk.strings.language)
        for request in requests {
            switch request {
            case .saveDraft:
                continue
            case .discardDraft:
                drafts.discard()
            case .report(let intake):
                record(session, &state, notice: words.saved) { recorder throws(RecordingError) in
                    try recorder.report(intake, newCaseID: CaseID(UUID().uuidString))
                }
                if state.openForm == nil { drafts.discard() }
            case .link(let code, let report):
                record(session, &state, notice: words.linked) { recorder throws(RecordingError) in
                    try recorder.link(code, report: report)
                }
                if state.openForm == nil { drafts.discard() }
            case .act(let code, let action):
                // Another console may have written since the last tick: read first, then decide.
                if (try? session.refresh()) != nil { state.desk = session.state }
                if state.stopForConflict() { continue }
                record(session, &state, notice: words.saved) { recorder throws(RecordingError) in
                    try recorder.perform(action, on: code)
                }
            }
        }
    }

    private func record(_ session: DeskSession, _ state: inout ConsoleState, notice: String,
                        _ build: (Recorder) throws(RecordingError) -> EventDraft) {
        let now = Date()
        do {
            let appended = try session.record { ledger in
                [try build(Recorder(state: ledger, now: now, timeZone: desk.timeZone))]
            }
            state.desk = session.state
            guard let code = appended.last?.caseID.flatMap({ session.state[$0]?.code }) else { return }
            state.succeeded(code: code, notice: fill(notice, code), now: now)
        } catch let error as RecordingError {
            state.refused(error, message: desk.strings.recordingError(error, timeZone: desk.timeZone))
        } catch {
            state.refused(message: "\(error)")
        }
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
        let events = try session.refresh()
        state.health = Self.health(session.store.condition)
        if !events.isEmpty {
            state.desk = session.state
            state.reconcile(now: Date())
        }
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
