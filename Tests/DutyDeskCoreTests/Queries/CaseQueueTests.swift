import DutyDeskCore
import DutyDeskTestSupport
import Foundation
import Testing

/// The queue kept as events arrive must be the queue sorted from scratch, whatever arrived.
@Suite struct CaseQueueTests {
    static let policy = DeadlinePolicy()

    /// The order `CaseQueries.queue` gives at `now`, as indexes in the desk's cases.
    static func sorted(_ desk: DeskState, now: Date) -> [Int] {
        CaseQueries.queue(desk, policy: policy, now: now, includeClosed: true).map { desk.index(of: $0.subject.id)! }
    }

    @Test(arguments: 1...10)
    func keptAsEventsArriveEqualsSortedFromScratch(seed: UInt64) {
        var shift = RandomShift(seed: seed)
        shift.record(1)
        var queue = CaseQueue(shift.state, policy: Self.policy)
        var generator = RandomShift.Generator(seed: seed &* 31)
        while shift.events.count < 300 {
            shift.record(Int.random(in: 1...12, using: &generator))
            let touched = queue.catchUp(to: shift.state)
            #expect(touched != nil, "a few events are caught up case by case (seed \(seed))")
            let desk = shift.state
            let fresh = CaseQueue(desk, policy: Self.policy)
            #expect(queue.open == fresh.open && queue.closed == fresh.closed, "seed \(seed) at \(desk.eventCount) events")
            // Read at moments before, at and after the last event, the order and the counts agree.
            for offset: TimeInterval in [-7200, 0, 0.5, 108_000] {
                let now = shift.now.addingTimeInterval(offset)
                #expect(queue.open + queue.closed == Self.sorted(desk, now: now), "seed \(seed), \(offset) s")
                let standings = CaseQueries.queue(desk, policy: Self.policy, now: now, includeClosed: true)
                #expect(queue.overdueCount(at: now) == standings.filter(\.isOverdue).count, "seed \(seed), \(offset) s")
            }
            for status in CaseStatus.allCases {
                #expect(queue.count(status) == desk.cases.filter { $0.status == status }.count)
            }
        }
    }

    @Test func theClockItIsQueuedByIsTheStandingsMostUrgent() {
        var shift = RandomShift(seed: 7)
        shift.record(600)
        for subject in shift.state.cases {
            let standing = CaseStanding(subject, policy: Self.policy, now: shift.now)
            let urgency = CaseQueue.urgency(of: subject, policy: Self.policy)
            #expect(urgency?.deadline == standing.mostUrgent?.deadline)
            #expect(urgency?.isItem == standing.mostUrgent.map { $0.item != nil })
        }
    }

    @Test func anotherLedgerOrAGapTooLongStartsAgain() {
        var shift = RandomShift(seed: 3)
        shift.record(50)
        var queue = CaseQueue(shift.state, policy: Self.policy)
        var other = RandomShift(seed: 4, ledgerID: "another-ledger")
        other.record(80)
        #expect(queue.catchUp(to: other.state) == nil)
        #expect(queue.open + queue.closed == Self.sorted(other.state, now: other.now))
        // Further than the desk remembers which cases it touched.
        other.record(9000)
        #expect(queue.catchUp(to: other.state) == nil)
        #expect(queue.open + queue.closed == Self.sorted(other.state, now: other.now))
    }
}
