import Foundation
import Testing
@testable import DutyDeskCore

/// 巡查: the words for nothing new, and the stretches without one that the handover and the daily log flag.
@Suite struct PatrolEventsTests {
    typealias S = Scenario

    @Test func theWordsForNothingNewAreNoCase() {
        #expect(Patrol.found(["无新情况", "YQ-20261122-001", "无", "None"]) == ["YQ-20261122-001"])
    }

    @Test func everyStretchLongerThanTheLimitIsAGap() {
        let gaps = PatrolGaps.gaps([S.hours(1), S.hours(2), S.hours(5)], from: S.start, to: S.hours(8), hours: 2)
        #expect(gaps == [PatrolGaps.Gap(from: S.hours(2), to: S.hours(5)), PatrolGaps.Gap(from: S.hours(5), to: S.hours(8))])
        #expect(PatrolGaps.gaps([], from: S.start, to: S.hours(1), hours: 2).isEmpty)
    }

    /// Patrols come in any order; those outside the stretch do not shorten a gap, and a stretch of
    /// exactly the limit is not one (the limit is "longer than").
    @Test func aGapIsMeasuredInsideTheStretchOnly() {
        let gaps = PatrolGaps.gaps([S.hours(9), S.hours(4), S.hours(-1), S.hours(2)], from: S.start, to: S.hours(6), hours: 2)
        #expect(gaps.isEmpty, "\(gaps)")
        #expect(PatrolGaps.gaps([S.hours(4)], from: S.start, to: S.hours(6), hours: 2)
            == [PatrolGaps.Gap(from: S.start, to: S.hours(4))])
    }

    @Test func aPatrolWithoutCasesFoundNothing() {
        #expect(Patrol(channels: [.weibo], at: S.start).foundNothing)
        #expect(!Patrol(channels: [.weibo], at: S.start, cases: ["YQ-20261123-001"]).foundNothing)
        #expect(Patrol.found(["NOTHING NEW", "无新情况", "None"]).isEmpty)
    }
}
