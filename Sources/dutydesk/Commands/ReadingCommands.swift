import ArgumentParser
import DutyDeskCore
import DutyDeskLog
import Foundation

struct List: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "Open cases, least time left first (overdue first).")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Flag(help: "Include closed cases.") var all = false
    @Flag(help: "JSON array, times ISO 8601 with offset.") var json = false
    @Option(help: "Only cases of this 舆情等级: 特别重大|重大|较大|一般.") var level: String?
    @Option(help: "Only cases of this 突发事件等级: 特别重大|重大|较大|一般|不涉及.") var grade: String?
    @Option(help: "Only cases with a unit (any role, or the reported one) whose name contains this.") var unit: String?
    @Option(help: "Only cases reported through this channel (微博, 12345 …), first or later report.") var channel: String?
    @Option(help: "Only cases whose locality contains this.") var locality: String?
    @Option(help: "Only cases with a caller's phone containing this.") var phone: String?
    @Option(help: "Only cases in this status: 待研判|处置中|持续发布|已办结 (implies --all for 已办结).") var status: String?

    func run() throws {
        let desk = try context()
        var filter = CaseFilter()
        filter.level = try level.map { try desk.value($0, as: OpinionLevel.self, option: "--level") }
        filter.grade = try grade.map { try desk.value($0, as: Grade.self, option: "--grade") }
        filter.channel = try channel.map { try desk.value($0, as: Channel.self, option: "--channel") }
        filter.status = try status.map { try desk.value($0, as: CaseStatus.self, option: "--status") }
        filter.unit = unit
        filter.locality = locality
        filter.phone = phone
        let state = try desk.readState()
        let standings = CaseQueries.queue(state, policy: desk.policy, now: desk.now,
                                          includeClosed: all || filter.status == .closed)
            .filter { filter.matches($0.subject) }
        if json {
            print(JSONWriter.pretty(.array(standings.map(CaseJSON(timeZone: desk.timeZone, strings: desk.strings).summary))))
        } else if standings.isEmpty {
            print(desk.strings.usage.noCases)
        } else {
            print(CaseText(timeZone: desk.timeZone, strings: desk.strings).table(standings))
        }
    }
}

struct Show: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "One case with its clock and timeline.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Flag(help: "JSON object, with a timeline array.") var json = false

    func run() throws {
        let desk = try context()
        let state = try desk.readState()
        guard let subject = state.findCase(code: code) else {
            throw CLIFailure.refused(desk.strings.recordingError(.unknownCase(code: code), timeZone: desk.timeZone))
        }
        let standing = CaseStanding(subject, policy: desk.policy, now: desk.now)
        if json {
            print(JSONWriter.pretty(CaseJSON(timeZone: desk.timeZone, strings: desk.strings).detail(standing)))
        } else {
            print(CaseText(timeZone: desk.timeZone, strings: desk.strings).sheet(standing))
        }
    }
}

struct Verify: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every line's hash and the chain; exit 1 naming the first bad line.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try context()
        let session = try desk.openSession(writable: false)
        switch session.store.condition {
        case .sound:
            print(fill(desk.strings.usage.verifyOK, session.store.eventCount, session.store.headHash))
            // The process ends here. As clang does with -disable-free, leave the replayed desk to the
            // kernel: freeing a million events one allocation at a time costs a tenth of the replay.
            fflush(nil)
            Glibc.exit(0)
        case .tornTail(let fault, _), .damaged(let fault):
            print("line \(fault.line), byte offset \(fault.offset): \(fault.reason)")
            throw ExitCode(1)
        }
    }
}

extension DeskContext {
    /// The state for reading commands. A missing ledger reads as empty (nothing recorded yet);
    /// a damaged or torn one still shows its valid prefix, with a warning on stderr.
    func readState() throws -> DeskState { try read(anchored: false).state }

    /// The state with the ledger's anchor: its event count and the hash of its last line then.
    func readStateWithAnchor() throws -> (DeskState, LedgerAnchor) {
        let read = try read(anchored: true)
        return (read.state, read.anchor ?? LedgerAnchor.none)
    }

    /// One reading of the ledger, live or as of the moment under review; the anchor only when
    /// asked, since in a review it costs another pass over the file.
    private func read(anchored: Bool) throws -> (state: DeskState, anchor: LedgerAnchor?) {
        guard FileManager.default.fileExists(atPath: logPath) else { return (DeskState(), nil) }
        if let asOf {
            warn(fill(strings.usage.reviewing, DisplayTime.seconds(asOf, in: timeZone)))
            return try pastLedger(at: asOf, anchored: anchored)
        }
        let session = try openSession(writable: false)
        switch session.store.condition {
        case .sound: break
        case .tornTail(let fault, _):
            warn(fill(strings.usage.tornTail, fault.line, fault.offset))
        case .damaged(let fault):
            warn(fill(strings.usage.logDamaged, fault.line, fault.offset, fault.reason))
        }
        return (session.state, LedgerAnchor(eventCount: session.store.eventCount, headHash: session.store.headHash))
    }

    /// The desk as it stood at `moment`, read from the ledger without writing anything.
    func pastState(at moment: Date) throws -> DeskState { try pastLedger(at: moment, anchored: false).state }

    /// The desk as it stood at `moment` and, when `anchored`, the ledger's anchor then: the hash of
    /// the last line recorded by that moment.
    func pastLedger(at moment: Date, anchored: Bool) throws -> (state: DeskState, anchor: LedgerAnchor?) {
        guard FileManager.default.fileExists(atPath: logPath) else { return (DeskState(), nil) }
        do {
            let store = try FileEventLog(path: logPath, access: .readOnly, deskID: deskID, recorder: recorder,
                                         now: { Date() }, timeZone: timeZone)
            let state = DeskState(replaying: try store.readNew(), asOf: moment)
            guard anchored else { return (state, nil) }
            return (state, LedgerAnchor(eventCount: state.eventCount, headHash: try store.headHash(afterEvents: state.eventCount)))
        } catch let error as LogError {
            throw failure(error)
        }
    }

    func warn(_ message: String) {
        FileHandle.standardError.write(Data(("dutydesk: " + message + "\n").utf8))
    }
}
