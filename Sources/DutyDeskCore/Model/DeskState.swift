import DutyDeskText
import Foundation

/// The desk as the ledger says it is: every case, rebuilt by replaying events in order.
///
/// `apply` never fails. Events reach it only after the ledger verified their hashes, so a fact
/// about an unknown case (possible only in a hand-merged ledger) is kept in `orphanEvents`
/// rather than dropped or fatal.
public struct DeskState: Sendable {
    public private(set) var identity: LedgerIdentity?
    public private(set) var eventCount = 0
    public private(set) var lastSeq = 0
    public private(set) var repairs: [TornTailRepair] = []
    public private(set) var orphanEvents: [Event] = []
    /// Every 交接班 in order, with where and when it was recorded: the last one says who is on duty
    /// since when.
    public private(set) var handovers: [(seq: Int, at: Date, handover: ShiftHandover)] = []
    /// Every 表彰, 约谈, 通报批评 and 问责 decided, in the order recorded.
    public private(set) var decisions: [AccountabilityDecision] = []
    /// Every 舆情风险评估, in the order recorded.
    public private(set) var assessments: [RiskAssessment] = []
    /// 巡查 entries, in the order recorded.
    public private(set) var patrols: [PatrolRecord] = []
    /// 口径 in the order approved, the withdrawn ones too (a release that used one still names it).
    public private(set) var wordings: [Wording] = []
    /// Every signed checkpoint, in order; the last one's token goes in the handover report.
    public private(set) var checkpoints: [Checkpoint] = []
    /// In the order reported; the indexes find them. Cases live in a list so that growing the
    /// desk moves integers, not whole cases, and an event costs one hash lookup; one started from
    /// a snapshot keeps its closed cases encoded until asked for (`CaseList`).
    public private(set) var cases = CaseList()
    /// The latest moment any event was recorded at (the ledger's order is not always the clock's):
    /// when it is not after a moment under review, the desk then is the desk now.
    public private(set) var latestRecordedAt: Date?
    private var indexByID: [CaseID: Int] = [:]
    private var indexByCode: [String: Int] = [:]
    private var indexByRef: [String: Int] = [:]
    /// The highest number used after each code's day prefix ("YQ-20261123-" → 7), kept as cases
    /// arrive so that numbering the next case costs one lookup however long the ledger is.
    private var highestNumberByPrefix: [String: Int] = [:]
    /// The case each of the latest events touched (its index in `cases`, -1 for a desk-level fact),
    /// covering the events after `eventCount - recentTouches.count`: a view kept beside the desk
    /// (the console's queue) catches up by the cases that changed instead of looking at them all.
    private var recentTouches: [Int] = []
    private static let touchesKept = 4096

    public init() {}

    public init(replaying events: some Sequence<Event>) {
        self.init()
        for event in events { apply(event) }
    }

    /// The desk as it stood at `moment`: the ledger read up to the first event recorded after it,
    /// exactly what a copy of the ledger cut off at that moment would replay to.
    public init(replaying events: [Event], asOf moment: Date) {
        self.init(replaying: events.prefix { $0.recordedAt <= moment })
    }

    /// The wordings still offered, in the order approved.
    public var activeWordings: [Wording] { wordings.filter(\.isActive) }

    /// The wording offered for a topic (spaces around it do not count).
    public func activeWording(topic: String) -> Wording? {
        let topic = topic.trimmingSpacesAndLines()
        return wordings.first { $0.isActive && $0.approval.topic == topic }
    }

    public func wording(id: String) -> Wording? { wordings.first { $0.id == id } }

    private static func recorded(_ event: Event) -> Wording.Recorded {
        Wording.Recorded(id: event.id, seq: event.seq, recordedAt: event.recordedAt, operatorName: event.operatorName)
    }

    /// Who holds the desk according to the ledger: the last incoming operator, if any handover was recorded.
    public var onDuty: String? { handovers.last?.handover.incoming }

    /// When the current shift began: the last handover, else the ledger's creation.
    public var shiftStartedAt: Date? { handovers.last?.at ?? identity?.createdAt }

    /// Cases first recorded after the last handover (by position in the ledger, so one recorded in
    /// the same second as the handover is still placed right).
    public var casesRecordedThisShift: [Case] {
        let start = handovers.last?.seq ?? 0
        return cases.indices.filter { cases.firstSeq($0) > start }.map { cases[$0] }
    }

    /// Codes end in their number after the last "-"; one that does not (a hand-merged ledger) numbers nothing.
    /// Found in the UTF-8, not by Character: this runs for every case a replay or a snapshot
    /// restores, and an ASCII "-" that a combining mark follows leaves a suffix no Int reads either way.
    private mutating func noteNumber(of code: String) {
        let bytes = code.utf8
        guard let dash = bytes.lastIndex(of: UInt8(ascii: "-")), let number = Int(code[bytes.index(after: dash)...])
        else { return }
        let prefix = String(code[...dash])
        highestNumberByPrefix[prefix] = max(highestNumberByPrefix[prefix] ?? 0, number)
    }

    public subscript(id: CaseID) -> Case? { index(of: id).map { cases[$0] } }

    /// Where a case is in `cases`: held cases by the index, a snapshot's closed ones by its table.
    public func index(of id: CaseID) -> Int? { indexByID[id] ?? cases.archivedPosition(id: id) }

    /// The cases (indexes in `cases`) touched by the events after the first `eventCount`, each
    /// once, in no order; nil when those events are no longer remembered (or never were, for a
    /// count this desk has not reached), so the caller starts again from `cases`.
    public func casesTouched(since eventCount: Int) -> Set<Int>? {
        let missed = self.eventCount - eventCount
        guard missed >= 0, missed <= recentTouches.count else { return nil }
        return Set(recentTouches.suffix(missed).filter { $0 >= 0 })
    }

    /// Looks a case up by its code; ASCII case is ignored so "yq-20261123-001" works.
    public func findCase(code: String) -> Case? {
        position(codeKey: code.uppercased()).map { cases[$0] }
    }

    /// Where the last case with this upper-cased code is, as the replay indexed them (a later
    /// case given a used code in a hand-merged ledger is the one found).
    func position(codeKey: String) -> Int? {
        [indexByCode[codeKey], cases.archivedPosition(codeKey: codeKey)].compactMap { $0 }.max()
    }

    /// Where the first case opened for this reference is.
    func position(reference: String) -> Int? {
        [indexByRef[reference], cases.archivedPosition(reference: reference)].compactMap { $0 }.min()
    }

    public func findAssessment(code: String) -> RiskAssessment? {
        assessments.first { $0.code == code.uppercased() }
    }

    /// The case opened for an originating system's reference, if any.
    public func findCase(ref: String) -> Case? { position(reference: ref).map { cases[$0] } }

    /// The highest number a case code with this prefix has used, 0 if none.
    public func highestCodeNumber(withPrefix prefix: String) -> Int { highestNumberByPrefix[prefix] ?? 0 }

    /// What a snapshot's rebuild (`DeskSnapshot.decode`) cannot replay one event at a time: how
    /// many events the ledger held, the last seq, and the facts about unknown cases. Which cases
    /// the latest events touched is not known after it.
    /// The highest numbers by prefix come from the snapshot too: the archived cases' codes are not
    /// parsed again (`restoreArchived`).
    mutating func restore(eventCount: Int, lastSeq: Int, latestRecordedAt: Date?, orphanEvents: [Event],
                          highestCodeNumbers: [String: Int]) {
        self.eventCount = eventCount
        self.lastSeq = lastSeq
        self.latestRecordedAt = latestRecordedAt
        self.orphanEvents = orphanEvents
        // The snapshot's numbers (a prefix for each day the desk has worked, its open cases' taken)
        // and any a timeline applied as a replay noted (`DeskSnapshot.decode`).
        var numbers = highestCodeNumbers
        numbers.merge(highestNumberByPrefix, uniquingKeysWith: max)
        highestNumberByPrefix = numbers
        recentTouches = []
    }

    /// What `restore` is given back: the highest number used after each code prefix.
    var highestCodeNumbers: [String: Int] { highestNumberByPrefix }

    /// Room for `count` cases, `held` of them decoded (open when the snapshot was written), so a
    /// snapshot's rebuild grows neither the list nor the held cases' indexes step by step (resizing
    /// them was a tenth of opening a desk of 100k open cases).
    mutating func reserveCases(_ count: Int, held: Int) {
        cases.reserve(count)
        indexByID.reserveCapacity(held)
        indexByCode.reserveCapacity(held)
    }

    /// Room for `count` handovers, for the same reason.
    mutating func reserveHandovers(_ count: Int) { handovers.reserveCapacity(count) }

    /// Where a snapshot's archived cases are read from; set before the first is restored.
    mutating func archive(in records: CaseRecords, ids: ArchivedIDs) { cases.archive(in: records, ids: ids) }

    /// A closed case a snapshot kept as a record: found through the snapshot's table, so the
    /// indexes are not built for the archive (`CaseList.archivedPosition`).
    mutating func restoreArchived(record: Int) { cases.appendArchived(record: record) }

    /// An open case rebuilt from its own events alone, as a replay would have built it: nil unless
    /// they are one case's timeline, its report first. Touches no desk, so a snapshot's open cases
    /// are rebuilt on every core (`DeskSnapshot.decode`).
    static func rebuilt(_ events: [Event]) -> Case? {
        guard let first = events.first, case .caseReported(let report) = first.body, let id = first.caseID,
              events.allSatisfy({ $0.caseID == id }) else { return nil }
        var subject = Case(id: id, report: report, event: first)
        for event in events.dropFirst() { subject.apply(event) }
        return subject
    }

    /// Appends an open case a snapshot kept (`rebuilt`); false, changing nothing, when a case with
    /// its id is known already. Its code's number is not noted: the snapshot's highest numbers
    /// (`restore`) were taken with it open.
    mutating func restoreOpen(_ subject: Case) -> Bool {
        guard index(of: subject.id) == nil else { return false }
        index(subject.id, code: subject.code, ref: subject.report.ref)
        cases.append(subject)
        return true
    }

    /// Indexes the case about to be appended; returns the key its code is looked up by.
    @discardableResult
    private mutating func index(_ id: CaseID, code: String, ref: String) -> String {
        let key = Self.codeKey(code)
        indexByID[id] = cases.count
        indexByCode[key] = cases.count
        if !ref.isEmpty, position(reference: ref) == nil { indexByRef[ref] = cases.count }
        return key
    }

    /// What a code is looked up by: `uppercased()`, without its cost for a code that is already
    /// upper-case ASCII (every one the desk writes).
    static func codeKey(_ code: String) -> String {
        code.utf8.allSatisfy { $0 < 0x80 && !(0x61...0x7A).contains($0) } ? code : code.uppercased()
    }

    public mutating func apply(_ event: Event) {
        eventCount += 1
        lastSeq = event.seq
        latestRecordedAt = max(latestRecordedAt ?? event.recordedAt, event.recordedAt)
        // Forgetting in halves keeps the cost per event constant.
        if recentTouches.count == 2 * Self.touchesKept { recentTouches.removeFirst(Self.touchesKept) }
        recentTouches.append(-1)
        switch event.body {
        case .ledgerCreated(let identity):
            self.identity = self.identity ?? identity
        case .ledgerRepaired(let repair):
            repairs.append(repair)
        case .shiftHandedOver(let handover):
            handovers.append((event.seq, event.recordedAt, handover))
        case .accountabilityDecided(let decision):
            decisions.append(decision)
        case .riskAssessed(let assessment):
            assessments.append(assessment)
        case .patrolLogged(let patrol):
            patrols.append(PatrolRecord(patrol: patrol, recordedAt: event.recordedAt, operatorName: event.operatorName))
        case .ledgerCheckpointed(let checkpoint):
            checkpoints.append(checkpoint)
        case .wordingApproved(let approval):
            wordings.append(Wording(approval: approval, recorded: Self.recorded(event)))
        case .wordingWithdrawn(let withdrawal):
            guard let index = wordings.firstIndex(where: { $0.id == withdrawal.wording }), wordings[index].isActive else {
                return orphanEvents.append(event)
            }
            wordings[index].withdrawal = (withdrawal, Self.recorded(event))
        case .caseReported(let report):
            guard let id = event.caseID, index(of: id) == nil else { return orphanEvents.append(event) }
            noteNumber(of: index(id, code: report.code, ref: report.ref))
            cases.append(Case(id: id, report: report, event: event))
            recentTouches[recentTouches.count - 1] = cases.count - 1
        default:
            guard let id = event.caseID, let index = index(of: id) else { return orphanEvents.append(event) }
            cases.update(index) { $0.apply(event) }
            recentTouches[recentTouches.count - 1] = index
        }
    }
}
