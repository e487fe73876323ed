import DutyDeskCore
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing
@testable import DutyDeskUI

/// The clock column kept as time passes is, at every moment, the width that measuring every row
/// at that moment gives, while a tick looks only at the rows whose cell changes shape.
@Suite struct ClockShapesTests {
    static let start = Date(timeIntervalSinceReferenceDate: 817_000_000)

    /// Urgencies around `start`: every kind, items, clocks that allowed no time, due times from
    /// a hundred days past to a hundred days ahead, some on whole seconds so ticks land on them.
    static func urgencies(seed: UInt64, count: Int) -> [CaseQueue.Urgency] {
        var generator = RandomShift.Generator(seed: seed)
        return (0..<count).map { _ in
            let kind = DeadlineKind.allCases.randomElement(using: &generator)!
            let allowed = [0, 3_600, 86_400, 172_800, 864_000].randomElement(using: &generator)!
            var due = Double.random(in: -100 * 86_400...100 * 86_400, using: &generator)
            if Bool.random(using: &generator) { due.round() }
            let dueAt = start.addingTimeInterval(due)
            return CaseQueue.Urgency(deadline: Deadline(kind: kind, startsAt: dueAt.addingTimeInterval(-Double(allowed)), dueAt: dueAt),
                                     isItem: Int.random(in: 0..<5, using: &generator) == 0)
        }
    }

    /// A width per shape that differs between most shapes, so a row counted under a stale shape shows.
    static func width(_ shape: Int) -> Int { shape % 11 + shape / 40 }

    @Test(arguments: 1...6)
    func theKeptWidthIsTheWidestShapeAtEveryTick(seed: UInt64) {
        let clocks = Self.urgencies(seed: seed, count: 400)
        var measured = 0
        let measure = { (row: Int, at: Date) -> Int in
            measured += 1
            return Self.width(ClockShapes.shape(clocks[row], at: at))
        }
        var now = Self.start
        var kept = ClockShapes(rows: Array(clocks.indices), urgencies: clocks, floor: 1, now: now, measure: measure)
        var generator = RandomShift.Generator(seed: seed &* 31)
        // Steps from a fraction of a second to weeks, and some landing exactly on a due time.
        for _ in 0..<600 {
            if Int.random(in: 0..<8, using: &generator) == 0, let due = clocks.randomElement(using: &generator)?.deadline.dueAt,
               due > now {
                now = due
            } else {
                now = now.addingTimeInterval([0.4, 1, 1, 61, 3_600, 86_400, 9 * 86_400].randomElement(using: &generator)!)
            }
            kept.advance(to: now, measure: measure)
            let widest = clocks.map { Self.width(ClockShapes.shape($0, at: now)) }.max() ?? 0
            #expect(kept.width == max(1, widest), "seed \(seed) at \(now.timeIntervalSince(Self.start)) s")
            #expect(kept.holds(at: now))
        }
        #expect(measured <= ClockShapes.shapeCount, "each shape is worded once, not each row")
    }

    /// A clock changes shape at its due time exactly: the band there, the sign once a whole second
    /// is past it.
    @Test func aDueTimeIsLookedAtAsItPasses() {
        let due = Self.start.addingTimeInterval(7_200)
        let clock = CaseQueue.Urgency(deadline: Deadline(kind: .response, startsAt: Self.start, dueAt: due), isItem: false)
        var kept = ClockShapes(rows: [0], urgencies: [clock], floor: 0, now: Self.start) { _, at in
            Self.width(ClockShapes.shape(clock, at: at))
        }
        for moment in [due.addingTimeInterval(-1), due, due.addingTimeInterval(0.5), due.addingTimeInterval(1),
                       due.addingTimeInterval(86_399), due.addingTimeInterval(86_400)] {
            kept.advance(to: moment) { _, at in Self.width(ClockShapes.shape(clock, at: at)) }
            #expect(kept.width == Self.width(ClockShapes.shape(clock, at: moment)), "\(moment.timeIntervalSince(due)) s")
        }
    }

    /// Through the console: each quiet tick keeps the queue's clock column, and the frame reads it.
    @Test(arguments: 1...3)
    func theConsolesTickKeepsTheQueuesClockColumn(seed: UInt64) {
        var shift = RandomShift(seed: seed)
        shift.record(250)
        var state = QueueIndexTests.console(shift.state)
        for hours in [0.0, 0.0003, 1, 20, 20.5, 50, 500] {
            let now = shift.now.addingTimeInterval(hours * 3600)
            state.handle(.clockTicked, now: now)
            let widest = state.rows(now: now).map { DisplayWidth.of(state.strings.domain.urgentClock($0, compact: true)) }.max() ?? 0
            #expect(state.queueIndex.clocks?.holds(at: now) == true)
            #expect(state.queueIndex.clockWidth(state.desk, now: now) == widest, "seed \(seed), \(hours) h")
        }
    }
}
