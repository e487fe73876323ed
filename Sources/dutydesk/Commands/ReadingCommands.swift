import ArgumentParser
import DutyDeskCore
import DutyDeskJSON
import DutyDeskLedger
import Foundation

struct List: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HelpText.pick(zh: "未办结事件，剩余时间最少的在前（超时的最前）。", en: "Open cases, least time left first (overdue first)."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Flag(help: ArgumentHelp(HelpText.pick(zh: "包括已办结事件。", en: "Include closed cases."))) var all = false
    @Flag(help: ArgumentHelp(HelpText.pick(zh: "输出 JSON 数组，时间为带时区偏移的 ISO 8601。", en: "JSON array, times ISO 8601 with offset."))) var json = false
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列此舆情等级的事件：特别重大|重大|较大|一般。", en: "Only cases of this opinion level: extraordinary|major|significant|general."))) var level: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列此突发事件等级的事件：特别重大|重大|较大|一般|不涉及。", en: "Only cases of this emergency grade: extraordinary|major|significant|general|none."))) var grade: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列有单位（任何职责，或登记的责任单位）名称包含此文字的事件。", en: "Only cases with a unit (any role, or the reported one) whose name contains this."))) var unit: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列经此渠道（微博、12345 …）反映的事件，首次或后续反映均可。", en: "Only cases reported through this channel (weibo, 12345 …), first or later report."))) var channel: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列属地包含此文字的事件。", en: "Only cases whose locality contains this."))) var locality: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列来电电话包含此号码的事件。", en: "Only cases with a caller's phone containing this."))) var phone: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "只列此状态的事件：待研判|处置中|持续发布|已办结（已办结时含 --all）。", en: "Only cases in this status: pending-triage|handling|releasing|closed (implies --all for closed)."))) var status: String?

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
        let queue = CaseQueries.queue(state, policy: desk.policy, now: desk.now,
                                          includeClosed: all || filter.status == .closed)
        let standings = filter.isEmpty ? queue : queue.filter { filter.matches($0.subject) }
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
    static let configuration = CommandConfiguration(commandName: "show", abstract: HelpText.pick(zh: "一个事件，连同时限和时间线。", en: "One case with its clock and timeline."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Flag(help: ArgumentHelp(HelpText.pick(zh: "输出 JSON 对象，含时间线数组。", en: "JSON object, with a timeline array."))) var json = false

    func run() throws {
        let desk = try context()
        let state = try desk.readState()
        let subject = try desk.subject(code, in: state)
        let standing = CaseStanding(subject, policy: desk.policy, now: desk.now)
        if json {
            print(JSONWriter.pretty(CaseJSON(timeZone: desk.timeZone, strings: desk.strings).detail(standing)))
        } else {
            print(CaseText(timeZone: desk.timeZone, strings: desk.strings).sheet(standing, now: desk.now))
        }
    }
}

struct Verify: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: HelpText.pick(zh: "校验每行的哈希、链、本机锚点和签名检查点；有问题时以 1 退出并指明哪里有问题。", en: "Check every line's hash, the chain, this machine's anchor and signed checkpoints; exit 1 naming what fails."),
        discussion: HelpText.pick(zh: "--anchor 令牌（可重复）证明台账仍完整保留检查点令牌所指的前缀，且由本台密钥签署（--key，否则本机的密钥）。--key 公钥 还校验台账中的每个检查点。", en: "--anchor TOKEN (repeatable) proves the ledger still holds exactly the prefix a checkpoint token names, signed by the desk's key (--key, else this machine's). --key PUBKEY also checks every checkpoint in the ledger."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(name: .customLong("anchor"), help: ArgumentHelp(HelpText.pick(zh: "用来核对台账的检查点令牌。", en: "A checkpoint token to hold the ledger against."), valueName: "token"))
    var anchors: [String] = []
    @Option(help: ArgumentHelp(HelpText.pick(zh: "本台公钥（64 位十六进制）：校验每个检查点的签名。", en: "The desk's public key (64 hex digits): checks every checkpoint's signature."), valueName: "pubkey"))
    var key: String?

    func run() throws {
        let desk = try context()
        let words = desk.strings.ledger
        let tokens = try anchors.map { text in
            guard let token = Checkpoint(token: text) else { throw CLIFailure.usage(fill(words.badToken, text)) }
            return token
        }
        if let key, !Checkpoint.isHex(key, count: 64) { throw CLIFailure.usage(fill(words.badKey, key)) }
        // Every line is read, checked and decoded, but no desk is built from the events: verify
        // needs only the checkpoints among them, and a desk of a million events is most of its time.
        var inLedger: [Checkpoint] = []
        let store = try desk.readEveryLine { event in
            if case .ledgerCheckpointed(let checkpoint) = event.body { inLedger.append(checkpoint) }
        }
        var failed = false
        switch store.condition {
        case .sound:
            print(fill(desk.strings.usage.verifyOK, store.eventCount, store.headHash))
        case .tornTail(let fault), .damaged(let fault):
            print(fill(desk.strings.usage.verifyFault, fault.event, words.describe(fault.location),
                       words.describe(fault.reason)))
            failed = true
        case .contradicted(let conflict):
            print(words.describe(conflict))
            failed = true
        }
        if !tokens.isEmpty {
            let signer = try key ?? desk.deskKey(creating: false)
            for token in tokens {
                let problem = try CheckpointCheck(store: store, words: words).problem(with: token, signer: signer)
                print(problem ?? fill(words.tokenOK, token.seq, token.headHash, signer))
                failed = failed || problem != nil
            }
        }
        if let key {
            for checkpoint in inLedger {
                if let problem = try CheckpointCheck(store: store, words: words).problem(with: checkpoint, signer: key) {
                    print(fill(words.checkpointBad, checkpoint.seq, problem))
                    failed = true
                }
            }
            if !failed { print(fill(words.checkpointsOK, inLedger.count, key)) }
        }
        if failed { throw ExitCode(1) }
    }
}

extension DeskContext {
    /// The state for reading commands. A missing ledger is refused ("no ledger at …", or the alarm
    /// if this machine has seen one there); a damaged, torn or contradicted one still shows its
    /// valid prefix, with a warning on stderr.
    func readState() throws -> DeskState { try read(anchored: false).state }

    /// The state with the ledger's anchor: its event count and the hash of its last line then.
    func readStateWithAnchor() throws -> (DeskState, LedgerAnchor) {
        let read = try read(anchored: true)
        return (read.state, read.anchor ?? LedgerAnchor.none)
    }

    /// One reading of the ledger, live or as of the moment under review; the anchor only when
    /// asked, since in a review it costs another pass over the file.
    private func read(anchored: Bool) throws -> (state: DeskState, anchor: LedgerAnchor?) {
        if let asOf {
            warn(fill(strings.usage.reviewing, DisplayTime.seconds(asOf, in: timeZone)))
            return try pastLedger(at: asOf, anchored: anchored)
        }
        let session = try openSession(writable: false)
        warnCondition(of: session.store)
        return (session.state, LedgerAnchor(eventCount: session.store.eventCount, headHash: session.store.headHash))
    }

    /// A damaged, torn or contradicted ledger still shows its valid prefix, with a warning on stderr.
    func warnCondition(of store: any EventStore) {
        switch store.condition {
        case .sound: break
        case .tornTail(let fault):
            warn(fill(strings.usage.tornTail, fault.event, strings.ledger.describe(fault.location)))
        case .damaged(let fault):
            warn(damaged(fault))
        case .contradicted(let conflict):
            warn(strings.ledger.describe(conflict))
        }
    }

    /// The desk as it stood at `moment`, read from the ledger without writing anything.
    /// Opens the store and reads every line of it, from the first, handing each event to `each`.
    func readEveryLine(_ each: (Event) -> Void) throws -> any EventStore {
        try refuseDeskGroup()
        do {
            let store = try opener.open(writable: false)
            try store.readNew(each)
            return store
        } catch {
            throw storeFailure(error)
        }
    }

    func pastState(at moment: Date) throws -> DeskState {
        // When nothing was recorded after the moment, the desk then is the desk now, which a ledger
        // file's snapshot gives without replaying it all.
        if case .file = location {
            let state = try openSession(writable: false).state
            if (state.latestRecordedAt ?? .distantPast) <= moment { return state }
        }
        return try pastLedger(at: moment, anchored: false).state
    }

    /// The desk as it stood at `moment` and, when `anchored`, the ledger's anchor then: the hash of
    /// the last line recorded by that moment.
    func pastLedger(at moment: Date, anchored: Bool) throws -> (state: DeskState, anchor: LedgerAnchor?) {
        try refuseDeskGroup()
        do {
            let store = try opener.open(writable: false)
            let state = DeskState(replaying: try store.readNew(), asOf: moment)
            guard anchored else { return (state, nil) }
            return (state, LedgerAnchor(eventCount: state.eventCount, headHash: try store.headHash(afterEvents: state.eventCount)))
        } catch {
            throw storeFailure(error)
        }
    }

    func warn(_ message: String) { Self.warn(message) }

    static func warn(_ message: String) { StandardError.write("dutydesk: " + message) }
}
