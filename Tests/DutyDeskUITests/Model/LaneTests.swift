import DutyDeskCore
import Testing
@testable import DutyDeskUI

@Suite struct LaneTests {
    /// Tab and Shift-Tab go round the lanes, so the last one is one key from the first.
    @Test func theLanesGoRoundBothWays() {
        #expect(Lane.pendingTriage.next == .handling && Lane.all.next == .pendingTriage)
        #expect(Lane.pendingTriage.previous == .all && Lane.handling.previous == .pendingTriage)
        for lane in Lane.allCases { #expect(lane.next.previous == lane) }
    }

    /// Every lane but "all" shows one status, and no two lanes the same.
    @Test func eachLaneShowsOneStatus() {
        let statuses = Lane.allCases.compactMap(\.status)
        #expect(statuses.count == Lane.allCases.count - 1 && Set(statuses.map(\.rawValue)).count == statuses.count)
        #expect(Lane.all.status == nil && Lane.closed.status == .closed)
    }
}
