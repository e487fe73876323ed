import Foundation

/// One running clock read at a moment: a case's own deadline, or one of its supervised items'.
public struct ClockReading: Sendable, Equatable {
    public let deadline: Deadline
    public let secondsLeft: Int
    public let band: ClockBand
    /// The supervised item (督办) the clock counts down for; nil for the case's own clocks.
    public let item: SupervisedItem?

    /// The first-report clock (第一时间报告) rather than the case's release clock or an item's.
    public var isFirstReport: Bool { deadline.kind == .firstReport }

    public init(_ deadline: Deadline, now: Date) {
        self.init(deadline, item: nil, now: now)
    }

    public init(_ item: SupervisedItem, now: Date) {
        self.init(item.deadline, item: item, now: now)
    }

    private init(_ deadline: Deadline, item: SupervisedItem?, now: Date) {
        self.deadline = deadline
        secondsLeft = deadline.secondsLeft(at: now)
        band = deadline.band(at: now)
        self.item = item
    }
}

/// A case together with its clocks at one moment: what every queue, list and report shows.
public struct CaseStanding: Sendable, Equatable {
    /// The case. A queue of 100k standings is built, sorted and copied; a case is one reference
    /// (copy on write), so each copy of a standing retains it once.
    public let subject: Case
    /// The case's own clock (its first deadline, then follow-up releases); none once closed.
    public let clock: ClockReading?
    /// The clocks of its open supervised items, soonest due first. A closed case's clocks stop,
    /// its items' included, as its own does: the queue counts only what is still being handled.
    public let itemClocks: [ClockReading]
    /// The first-report clock of a 重大/特别重大 opinion not yet reported to every recipient.
    public let reportClock: ClockReading?
    /// The clock the case is queued, shown and counted by: whichever of its own and its open
    /// items' has least time left (its own on a tie), so an overdue 督办 never hides behind a case
    /// clock that still has time.
    public let mostUrgent: ClockReading?

    public init(_ subject: Case, policy: DeadlinePolicy, now: Date) {
        self.subject = subject
        clock = policy.deadline(for: subject).map { ClockReading($0, now: now) }
        itemClocks = subject.closure != nil ? []
            : subject.supervisedItems.filter(\.isOpen).map { ClockReading($0, now: now) }
                .sorted { $0.deadline.dueAt < $1.deadline.dueAt }
        reportClock = policy.firstReportDeadline(for: subject).map { ClockReading($0, now: now) }
        mostUrgent = ([clock, reportClock].compactMap { $0 } + itemClocks).min { $0.secondsLeft < $1.secondsLeft }
    }

    public var deadline: Deadline? { clock?.deadline }
    public var secondsLeft: Int? { clock?.secondsLeft }
    public var band: ClockBand? { clock?.band }
    /// Overdue by its most urgent clock: what the header's 超时 N and the handover's 已超时 count.
    public var isOverdue: Bool { mostUrgent?.band == .overdue }
}

public enum CaseQueries {
    /// Most urgent clock first (overdue cases lead); closed cases, without a clock, last by code.
    public static func queue(_ state: DeskState, policy: DeadlinePolicy, now: Date, includeClosed: Bool)
        -> [CaseStanding] {
        // `isOpen` first: a closed case a snapshot archived is not decoded to be left out.
        let standings = state.cases.indices.compactMap { index in
            includeClosed || state.cases.isOpen(index) ? CaseStanding(state.cases[index], policy: policy, now: now) : nil
        }
        // Sorting places by their time left, read once: a comparison that read two standings would
        // copy them, a few million times for a queue of 100k.
        let secondsLeft = standings.map { $0.mostUrgent?.secondsLeft }
        return standings.indices.sorted { left, right in
            switch (secondsLeft[left], secondsLeft[right]) {
            case let (lhs?, rhs?) where lhs != rhs: return lhs < rhs
            case (.some, nil): return true
            case (nil, .some): return false
            default: return standings[left].subject.code < standings[right].subject.code
            }
        }.map { standings[$0] }
    }
}
