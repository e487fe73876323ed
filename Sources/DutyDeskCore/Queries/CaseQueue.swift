import Foundation

/// The queue's order (`CaseQueries.queue`) kept up to date as events arrive, so that a console
/// following the ledger re-sorts only the cases an event touched.
///
/// Every clock runs at the same pace, so the order by time left is the order by due time at
/// every moment: open cases are kept by when their most urgent clock falls due (then by code),
/// closed cases, which have no clock, in their own list by code. Nothing here depends on the
/// moment; the bands and countdowns are read for the rows shown (`urgency`).
public struct CaseQueue: Sendable {
    /// The clock an open case is queued by, as `CaseStanding.mostUrgent` picks it.
    public struct Urgency: Sendable, Equatable {
        public let deadline: Deadline
        /// A supervised item's (督办) clock rather than one of the case's own.
        public let isItem: Bool

        public init(deadline: Deadline, isItem: Bool) {
            self.deadline = deadline
            self.isItem = isItem
        }
    }

    /// Open cases (indexes in `DeskState.cases`), most urgent first.
    public private(set) var open: [Int] = []
    /// Closed cases by code.
    public private(set) var closed: [Int] = []
    /// Per case: its clock while open, nil once closed.
    private var urgencies: [Urgency?] = []
    private var statuses: [CaseStatus] = []
    /// Open cases whose clock allowed no time (due at or before it started): overdue whatever the moment.
    private var unallowed: Set<Int> = []
    private var counts: [CaseStatus: Int] = [:]
    public let policy: DeadlinePolicy
    /// The desk this order was brought up to: its ledger and how many events it had taken.
    private var ledger: LedgerIdentity?
    private var eventCount = 0

    public init(_ desk: DeskState, policy: DeadlinePolicy) {
        self.policy = policy
        rebuild(desk)
    }

    /// Brings the order up to `desk`: only the cases its newest events touched move, unless the
    /// desk is another ledger's or too far ahead to say which cases changed. Returns the cases
    /// touched, or nil when it started again from every case.
    @discardableResult
    public mutating func catchUp(to desk: DeskState) -> Set<Int>? {
        guard desk.identity?.ledgerID == ledger?.ledgerID, desk.cases.count >= urgencies.count,
              let touched = desk.casesTouched(since: eventCount) else {
            rebuild(desk)
            return nil
        }
        eventCount = desk.eventCount
        // New cases are placed in the order they were appended, so every index below is known.
        for index in touched.sorted() { place(index, in: desk) }
        return touched
    }

    public func status(ofCase index: Int) -> CaseStatus { statuses[index] }
    public func urgency(ofCase index: Int) -> Urgency? { urgencies[index] }
    public func count(_ status: CaseStatus) -> Int { counts[status] ?? 0 }
    public var count: Int { urgencies.count }

    /// Open cases whose most urgent clock has run out at `now`: the header's 超时 N.
    public func overdueCount(at now: Date) -> Int {
        // A clock is overdue once its due time has come, so those lead the order: count the prefix.
        let overdue = open.indices.partitionPoint { urgencies[open[$0]]!.deadline.dueAt <= now }
        // A clock that allowed no time is overdue from its start, wherever it sorts.
        return overdue + unallowed.count { urgencies[$0]!.deadline.dueAt > now }
    }

    /// The clock a case is queued by: the one with least time left, its own on a tie, the first
    /// report's before its items'.
    public static func urgency(of subject: Case, policy: DeadlinePolicy) -> Urgency? {
        guard subject.closure == nil, let own = policy.deadline(for: subject) else { return nil }
        var best = Urgency(deadline: own, isItem: false)
        if let report = policy.firstReportDeadline(for: subject), report.dueAt < best.deadline.dueAt {
            best = Urgency(deadline: report, isItem: false)
        }
        for item in subject.supervisedItems where item.isOpen && item.deadline.dueAt < best.deadline.dueAt {
            best = Urgency(deadline: item.deadline, isItem: true)
        }
        return best
    }

    private mutating func rebuild(_ desk: DeskState) {
        ledger = desk.identity
        eventCount = desk.eventCount
        // One pass, each open case read once (at 100k open cases this is most of the console's first
        // frame after the snapshot's decode). A closed case has neither clock nor any other status:
        // an archived one is not decoded for them.
        let cases = desk.cases
        urgencies = Array(repeating: nil, count: cases.count)
        statuses = Array(repeating: .closed, count: cases.count)
        counts = [:]
        unallowed = []
        var due: [(at: Date, index: Int)] = []
        // Each code read once, not at every comparison: an archived case's comes from the snapshot's table.
        var closedCodes: [(index: Int, code: String)] = []
        for index in cases.indices {
            guard cases.isOpen(index) else {
                closedCodes.append((index, cases.code(index)))
                continue
            }
            let subject = cases[index]
            statuses[index] = subject.status
            guard let urgency = Self.urgency(of: subject, policy: policy) else {
                closedCodes.append((index, subject.code))
                continue
            }
            urgencies[index] = urgency
            due.append((urgency.deadline.dueAt, index))
            if Self.allowsNoTime(urgency) { unallowed.insert(index) }
        }
        for status in statuses { counts[status, default: 0] += 1 }
        // By due time, read where it lies beside the index; the code only breaks a tie (`precedes`).
        open = due.sorted { $0.at != $1.at ? $0.at < $1.at : cases.code($0.index) < cases.code($1.index) }.map(\.index)
        closed = closedCodes.sorted { $0.code < $1.code }.map(\.index)
    }

    /// Takes the case out of its list and puts it back where it now belongs.
    private mutating func place(_ index: Int, in desk: DeskState) {
        let cases = desk.cases
        if index < urgencies.count {
            let old = urgencies[index]
            if old != nil {
                open.remove(at: position(of: index, in: open, by: { Self.precedes($0, $1, urgencies, cases) }))
            } else {
                closed.remove(at: position(of: index, in: closed, by: { cases.code($0) < cases.code($1) }))
            }
            counts[statuses[index], default: 0] -= 1
        } else {
            urgencies.append(nil)
            statuses.append(.closed)
        }
        let urgency = Self.urgency(of: cases[index], policy: policy)
        urgencies[index] = urgency
        statuses[index] = cases[index].status
        counts[statuses[index], default: 0] += 1
        if urgency.map(Self.allowsNoTime) ?? false { unallowed.insert(index) } else { unallowed.remove(index) }
        if urgency != nil {
            open.insert(index, at: insertion(of: index, in: open, by: { Self.precedes($0, $1, urgencies, cases) }))
        } else {
            closed.insert(index, at: insertion(of: index, in: closed, by: { cases.code($0) < cases.code($1) }))
        }
    }

    /// Where `index` is in a list sorted by `order` (it is there: it was placed by the same order).
    private func position(of index: Int, in list: [Int], by order: (Int, Int) -> Bool) -> Int {
        let at = insertion(of: index, in: list, by: order)
        if at < list.count, list[at] == index { return at }
        return list.firstIndex(of: index)!
    }

    /// The first place in a list sorted by `order` whose case does not come before `index`.
    private func insertion(of index: Int, in list: [Int], by order: (Int, Int) -> Bool) -> Int {
        list.indices.partitionPoint { order(list[$0], index) }
    }

    private static func allowsNoTime(_ urgency: Urgency) -> Bool { urgency.deadline.dueAt <= urgency.deadline.startsAt }

    /// Earlier due first, then by code: `CaseQueries.queue`'s order for open cases.
    private static func precedes(_ lhs: Int, _ rhs: Int, _ urgencies: [Urgency?], _ cases: CaseList) -> Bool {
        let left = urgencies[lhs]!.deadline.dueAt
        let right = urgencies[rhs]!.deadline.dueAt
        return left != right ? left < right : cases.code(lhs) < cases.code(rhs)
    }
}
