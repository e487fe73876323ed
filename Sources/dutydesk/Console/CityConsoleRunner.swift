import DutyDeskCore
import DutyDeskGrid
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTerminal
import DutyDeskUI
import Foundation

/// The city view's loop (`dutydesk --store … --desks 3301`): every desk under the prefix read
/// from its own stream, one LISTEN waking it when any of them appends, the one-second tick as
/// the fallback. It writes nothing, so it never waits for a desk's lock.
@MainActor
struct CityConsoleRunner {
    let desk: DeskContext
    let theme: Theme
    /// The wall clock, handed in by the wiring like the desk console's.
    let clock: () -> Date

    func run() throws {
        let stores = try desk.groupStores()
        let sessions: [(code: String, session: DeskSession)]
        do {
            sessions = try stores.map { ($0.desk, try DeskSession(store: $0.store, operatorName: desk.operatorName)) }
        } catch {
            throw desk.storeFailure(error)
        }
        let reviewed = desk.asOf
        var view = CityView(desks: sessions.map { code, session in
            CityView.Desk(code: code, state: reviewed.map { _ in DeskState() } ?? session.state)
        }, name: desk.settings.deskName ?? desk.scope.prefix ?? "", operatorName: desk.operatorName, policy: desk.policy,
           strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone)
        if reviewed != nil {
            for (code, state) in try desk.readDesks() { view.update(desk: code, to: state) }
            view.reviewing = reviewed
        }
        var follower: PostgresChanges?
        if reviewed == nil, case .postgres(let address) = desk.location, let prefix = desk.scope.prefix {
            follower = try? PostgresChanges(address: address, desks: prefix)
        }
        func now() -> Date { reviewed ?? clock() }
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: theme)
        } catch TerminalError.notATerminal {
            throw CLIFailure.refused(desk.strings.usage.notATerminal)
        } catch TerminalError.unknownTerminal(let name) {
            throw CLIFailure.refused(fill(desk.strings.usage.unknownTerminal, name))
        }
        defer { terminal.restore() }
        while !view.wantsQuit {
            terminal.draw(CityScreen.render(view, width: terminal.width, height: terminal.height, now: now()), cursor: nil)
            let timeout = reviewed == nil ? ConsoleRunner.untilNextSecond(now()) : -1
            var input = terminal.nextInput(timeoutMilliseconds: timeout, watching: follower?.descriptor)
            while input != .timeout, !view.wantsQuit {
                switch input {
                case .key(let key):
                    view.handle(key, now: now())
                    if view.wantsRedraw {
                        terminal.invalidate()
                        view.wantsRedraw = false
                    }
                case .watchedReady: follower?.drain()
                case .timeout, .resize: break
                }
                input = terminal.nextInput(timeoutMilliseconds: 0)
            }
            guard reviewed == nil else { continue }
            // Every tick reads each desk from its cursor: the LISTEN only makes it sooner.
            for (code, session) in sessions where (try? session.refresh()) ?? 0 > 0 {
                view.update(desk: code, to: session.state)
            }
        }
    }
}
