import DutyDeskCore
import DutyDeskGrid
import DutyDeskLedger
import DutyDeskPostgres
import DutyDeskTerminal
import DutyDeskText
import DutyDeskUI
import Foundation

/// The city view's loop (`dutydesk --store … --desks 3301`): every desk under the prefix read
/// from its own stream, one LISTEN waking it when any of them appends, the one-second tick as
/// the fallback. It writes only the city's instructions (`i`), each on its case's own desk and
/// under the city operator's name with the desk they record from, as `dutydesk instruct --desk` does.
@MainActor
struct CityConsoleRunner {
    let desk: DeskContext
    let theme: Theme
    /// The wall clock, handed in by the wiring like the desk console's.
    let clock: () -> Date

    func run() throws {
        let reviewed = desk.asOf
        var sessions: [(code: String, session: DeskSession)] = []
        let shown: [CityView.Desk]
        if reviewed != nil {
            // A review reads each stream once, up to the moment asked for, and follows nothing.
            shown = try desk.readDesks().map { CityView.Desk(code: $0.desk, state: $0.state) }
        } else {
            do {
                sessions = try desk.groupStores().map { ($0.desk, try DeskSession(store: $0.store, operatorName: desk.operatorName)) }
            } catch {
                throw desk.storeFailure(error)
            }
            shown = sessions.map { CityView.Desk(code: $0.code, state: $0.session.state) }
        }
        var view = CityView(desks: shown, name: desk.settings.deskName ?? desk.scope.prefix ?? "",
                            operatorName: desk.operatorName, policy: desk.policy,
                            strings: ConsoleStrings.table(for: desk.strings.language), timeZone: desk.timeZone,
                            settings: desk.settings)
        view.reviewing = reviewed
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
        var writers = InstructionWriters(desk: desk, clock: clock)
        while !view.wantsQuit {
            let frame = CityScreen.frame(view, width: terminal.width, height: terminal.height, now: now())
            terminal.draw(frame.grid, cursor: frame.cursor)
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
                    for instruction in view.takeInstructions() { writers.record(instruction, in: &view) }
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

/// The county streams the city has written an instruction to, each opened for writing the first
/// time it is needed and kept for the next.
@MainActor
private struct InstructionWriters {
    let desk: DeskContext
    let clock: () -> Date
    private var sessions: [String: DeskSession] = [:]

    init(desk: DeskContext, clock: @escaping () -> Date) {
        self.desk = desk
        self.clock = clock
    }

    /// Records the instruction; the view hears what was recorded, or why not beside the field.
    mutating func record(_ instruction: CityView.Instruction, in view: inout CityView) {
        let operatorName = desk.scope.operatorName(desk.operatorName, on: instruction.desk)
        do {
            let session = try session(for: instruction.desk, operatorName: operatorName)
            let now = clock()
            let appended = try session.record(by: operatorName) { state in
                [try EventDrafter(state: state, now: now, timeZone: desk.timeZone).perform(instruction.action, on: instruction.code)]
            }
            guard let event = appended.last, let subject = event.caseID.flatMap({ session.state[$0] }) else { return }
            view.recorded(on: instruction.desk, state: session.state, notice: desk.recordedNotice(subject, event))
        } catch let error as DraftRefusal {
            view.refused(error, message: desk.strings.recordingError(error, timeZone: desk.timeZone))
        } catch {
            // A server's words reach the screen as the desk console lets them: one safe line.
            view.refused(nil, message: SafeText.singleLine(ConsoleRunner.message(desk.storeFailure(error))))
        }
    }

    private mutating func session(for code: String, operatorName: String) throws -> DeskSession {
        if let session = sessions[code] { return session }
        guard case .postgres(let address) = desk.location else { throw CLIFailure.refused(desk.strings.desks.needsDatabase) }
        let store = try StoreOpener(location: .postgres(address.desk(code)), deskID: code, operatorName: operatorName,
                                    timeZone: desk.timeZone, anchors: desk.anchors, patience: desk.patience).open(writable: true)
        let session = try DeskSession(store: store, operatorName: operatorName)
        sessions[code] = session
        return session
    }
}
