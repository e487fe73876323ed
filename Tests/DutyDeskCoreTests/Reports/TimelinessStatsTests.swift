import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct TimelinessStatsTests {
    /// Nearest rank, so every figure is one of the cases' own times: the ⌈p·n⌉-th smallest.
    @Test(arguments: [
        (50, [50, 10, 40, 20, 30], 30), (90, [50, 10, 40, 20, 30], 50), (50, [10, 20, 30, 40], 20),
        (90, [10, 20, 30, 40], 40), (50, [7], 7), (90, [7], 7), (0, [30, 10], 10),
    ])
    func aPercentileIsOneOfTheValues(p: Int, values: [Int], expected: Int) {
        #expect(TimelinessFigures.percentile(p, of: values) == expected)
    }

    @Test func noValuesHaveNoPercentile() {
        #expect(TimelinessFigures.percentile(50, of: []) == nil)
    }

    /// Nothing judged is no share at all, not 0 %: a quiet week is not a bad one.
    @Test func aGroupWithNothingJudgedHasNoShare() {
        let figures = TimelinessFigures(name: "空", cases: [], policy: DeadlinePolicy(), now: Date(timeIntervalSince1970: 0))
        #expect(figures.cases == 0 && figures.judged == 0 && figures.share == nil)
        #expect(figures.firstReleaseMedian == nil && figures.pressConferenceP90 == nil)
    }
}
