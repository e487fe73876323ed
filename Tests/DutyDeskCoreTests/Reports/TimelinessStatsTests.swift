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

    /// The grades and levels are grouped by the value itself, in the vocabulary's order, only those
    /// with cases, so a report names each in its language.
    @Test func gradesAndLevelsAreGroupedByTheirValue() throws {
        var scenario = Scenario()
        try scenario.report("暴雨积水", grade: .major)
        try scenario.report("网传自来水发黄")
        try scenario.report("货车侧翻", grade: .major)
        let day = CivilTime(year: 2026, month: 11, day: 23)
        let stats = TimelinessStats(scenario.state, period: DayRange(first: day, last: day), policy: DeadlinePolicy(),
                                    now: Scenario.hours(2), timeZone: Scenario.zone)
        #expect(stats.byGrade.map(\.value) == Grade.allCases.filter { [.major, .general].contains($0) })
        #expect(stats.byGrade.map(\.figures.cases) == stats.byGrade.map { $0.value == .major ? 2 : 1 })
        #expect(stats.byLevel.map(\.value) == [.general] && stats.byLevel[0].figures.cases == 3)
    }
}
