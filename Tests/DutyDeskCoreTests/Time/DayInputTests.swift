@testable import DutyDeskCore
import Foundation
import Testing

@Suite struct DayInputTests {
    @Test func daysAsTyped() {
        let today = CivilTime(year: 2026, month: 3, day: 1, hour: 9)
        #expect(DayInput.parse("2026-11-23", today: today) == CivilTime(year: 2026, month: 11, day: 23))
        #expect(DayInput.parse("昨天", today: today) == CivilTime(year: 2026, month: 2, day: 28))
        #expect(DayInput.parse("today", today: today) == CivilTime(year: 2026, month: 3, day: 1))
        #expect(DayInput.parse("明天", today: CivilTime(year: 2026, month: 2, day: 28)) == CivilTime(year: 2026, month: 3, day: 1))
        #expect(DayInput.parse("tomorrow", today: today) == CivilTime(year: 2026, month: 3, day: 2))
        #expect(DayInput.parse("2026-02-30", today: today) == nil)
        #expect(DayInput.parse("11-23", today: today) == nil)
    }

    @Test func aRangeListsItsDaysBothEndsIncluded() {
        let range = DayRange(first: CivilTime(year: 2026, month: 2, day: 27, hour: 9), last: CivilTime(year: 2026, month: 3, day: 1))
        #expect(range.days.map(DayRange.text) == ["2026-02-27", "2026-02-28", "2026-03-01"])
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        #expect(range.end(in: zone).timeIntervalSince(range.start(in: zone)) == 3 * 86_400)
    }
}
