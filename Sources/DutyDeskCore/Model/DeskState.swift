import Foundation

/// The desk as the ledger says it is: every case, rebuilt by replaying events in order.
///
/// `apply` never fails. Events reach it only after the log verified their hashes, so a fact
/// about an unknown case (possible only in a hand-merged log) is kept in `orphanEvents`
/// rather than dropped or fatal.
public struct DeskState: Sendable {
    public private(set) var identity: LogIdentity?
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
    /// In the order reported; the indexes find them. Cases live in an array so that growing the
    /// desk moves integers, not whole cases, and an event costs one hash lookup.
    public private(set) var cases: [Case] = []
    private var indexByID: [CaseID: Int] = [:]
    private var indexByCode: [String: Int] = [:]
    private var indexByRef: [String: Int] = [:]
    /// The highest number used after each code's day prefix ("YQ-20261123-" → 7), kept as cases
    /// arrive so that numbering the next case costs one lookup however long the ledger is.
    private var highestNumberByPrefix: [String: Int] = [:]

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

    /// Who holds the desk according to the ledger: the last incoming officer, if any handover was recorded.
    public var onDuty: String? { handovers.last?.handover.incoming }

    /// When the current shift began: the last handover, else the ledger's creation.
    public var shiftStartedAt: Date? { handovers.last?.at ?? identity?.createdAt }

    /// Cases first recorded after the last handover (by position in the ledger, so one recorded in
    /// the same second as the handover is still placed right).
    public var casesRecordedThisShift: [Case] {
        let start = handovers.last?.seq ?? 0
        return cases.filter { ($0.timeline.first?.seq ?? 0) > start }
    }

    /// Codes end in their number after the last "-"; one that does not (a hand-merged ledger) numbers nothing.
    private mutating func noteNumber(of code: String) {
        guard let dash = code.lastIndex(of: "-"), let number = Int(code[code.index(after: dash)...]) else { return }
        let prefix = String(code[...dash])
        highestNumberByPrefix[prefix] = max(highestNumberByPrefix[prefix] ?? 0, number)
    }

    public subscript(id: CaseID) -> Case? { indexByID[id].map { cases[$0] } }

    /// Looks a case up by its code; ASCII case is ignored so "yq-20261123-001" works.
    public func findCase(code: String) -> Case? {
        indexByCode[code.uppercased()].map { cases[$0] }
    }

    public func findAssessment(code: String) -> RiskAssessment? {
        assessments.first { $0.code == code.uppercased() }
    }

    /// The case opened for an originating system's reference, if any.
    public func findCase(ref: String) -> Case? { indexByRef[ref].map { cases[$0] } }

    /// The highest number a case code with this prefix has used, 0 if none.
    public func highestCodeNumber(withPrefix prefix: String) -> Int { highestNumberByPrefix[prefix] ?? 0 }

    public mutating func apply(_ event: Event) {
        eventCount += 1
        lastSeq = event.seq
        switch event.body {
        case .logCreated(let identity):
            self.identity = self.identity ?? identity
        case .logRepaired(let repair):
            repairs.append(repair)
        case .shiftHandedOver(let handover):
            handovers.append((event.seq, event.recordedAt, handover))
        case .accountabilityDecided(let decision):
            decisions.append(decision)
        case .riskAssessed(let assessment):
            assessments.append(assessment)
        case .caseReported(let report):
            guard let id = event.caseID, indexByID[id] == nil else { return orphanEvents.append(event) }
            indexByID[id] = cases.count
            indexByCode[report.code.uppercased()] = cases.count
            if !report.ref.isEmpty, indexByRef[report.ref] == nil { indexByRef[report.ref] = cases.count }
            noteNumber(of: report.code.uppercased())
            cases.append(Case(id: id, report: report, event: event))
        default:
            guard let id = event.caseID, let index = indexByID[id] else { return orphanEvents.append(event) }
            cases[index].apply(event)
        }
    }
}
