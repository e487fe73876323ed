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
        let session = try openSession()
        let follower = LogFollower(path: desk.logPath)
        var state = ConsoleState(desk: session.state, deskName: session.state.identity?.deskID ?? desk.deskID,
                                 operatorName: desk.recorder, policy: desk.policy,
                                 strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone)
        state.health = Self.health(session.store.condition)
        state.reconcile(now: Date())
        let terminal = try Terminal(theme: theme)
        defer { terminal.restore() }
        while !state.wantsQuit {
            let now = Date()
            terminal.draw(ConsoleScreen.render(state, width: terminal.width, height: terminal.height, now: now))
            switch terminal.nextInput(timeoutMilliseconds: Self.untilNextSecond(now), watching: follower.descriptor) {
            case .key(let key):
                state.handle(key, now: Date(), size: (terminal.width, terminal.height))
                if state.wantsRedraw {
                    terminal.invalidate()
                    state.wantsRedraw = false
                }
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
