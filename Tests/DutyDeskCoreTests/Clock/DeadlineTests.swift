import DutyDeskCore
import Foundation
import Testing

@Suite struct DeadlineTests {
    static let start = Date(timeIntervalSince1970: 1_795_400_000)
    /// 48 h allowed: a response clock.
    static let clock = Deadline(kind: .response, startsAt: start, dueAt: start.addingTimeInterval(48 * 3600))

    static func after(_ hours: Double) -> Date { start.addingTimeInterval(hours * 3600) }

    /// The notices' anchors: half the time used warns, three quarters is critical, the due moment
    /// itself is already overdue.
    @Test(arguments: [(0.0, ClockBand.fresh), (23.99, .fresh), (24, .warning), (35.99, .warning), (36, .critical),
                      (47.99, .critical), (48, .overdue), (100, .overdue)])
    func theBandFollowsTheShareOfTimeUsed(hours: Double, band: ClockBand) {
        #expect(Self.clock.band(at: Self.after(hours)) == band)
    }

    /// A clock with no time allowed (due as it starts, or before) is overdue from its first moment.
    @Test func aClockWithNoTimeAllowedIsOverdue() {
        let none = Deadline(kind: .firstReport, startsAt: Self.start, dueAt: Self.start)
        #expect(none.band(at: Self.start) == .overdue)
        let backwards = Deadline(kind: .followUp, startsAt: Self.start, dueAt: Self.after(-1))
        #expect(backwards.band(at: Self.after(-2)) == .overdue)
    }

    /// Whole seconds, rounded down: half a second left is none, half a second over is one over.
    @Test func secondsLeftRoundDown() {
        let due = Self.clock.dueAt
        #expect(Self.clock.secondsLeft(at: due.addingTimeInterval(-0.5)) == 0)
        #expect(Self.clock.secondsLeft(at: due.addingTimeInterval(0.5)) == -1)
        #expect(Self.clock.secondsLeft(at: Self.start) == 48 * 3600)
    }

    @Test func bandsAreOrderedByUrgency() {
        #expect(ClockBand.allCases.sorted() == [.fresh, .warning, .critical, .overdue])
        #expect(ClockBand.overdue > .critical && ClockBand.warning < .critical)
    }
}
