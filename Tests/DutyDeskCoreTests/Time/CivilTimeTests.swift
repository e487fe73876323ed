import Foundation
import Testing
@testable import DutyDeskCore

struct CivilTimeTests {
    @Test func daysAgreeWithFoundationCalendarFor1600To2400() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var day = CivilTime.days(year: 1600, month: 1, day: 1)
        let last = CivilTime.days(year: 2400, month: 12, day: 31)
        while day <= last {
            let civil = CivilTime.civil(fromDays: day)
            let components = calendar.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(day) * 86_400)
            )
            #expect(components.year == civil.year && components.month == civil.month && components.day == civil.day)
            #expect(CivilTime.days(year: civil.year, month: civil.month, day: civil.day) == day)
            day += 13
        }
    }

    @Test func convertsAtAFixedOffset() {
        let civil = CivilTime(year: 2026, month: 11, day: 23, hour: 14, minute: 7, second: 35)
        #expect(civil.date(utcOffset: 28_800) == ISO8601TimestampTests.reference)
        #expect(CivilTime(ISO8601TimestampTests.reference, utcOffset: 28_800) == civil)
        #expect(
            CivilTime(Date(timeIntervalSince1970: -1), utcOffset: 0)
                == CivilTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59)
        )
    }

    @Test func convertsInAZoneWithoutDST() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let civil = CivilTime(year: 2026, month: 11, day: 23, hour: 14, minute: 7, second: 35)
        #expect(civil.date(in: shanghai) == ISO8601TimestampTests.reference)
        #expect(CivilTime(ISO8601TimestampTests.reference, in: shanghai) == civil)
    }

    @Test(arguments: [
        (CivilTime(year: 2026, month: 3, day: 8, hour: 1, minute: 30), "2026-03-08T06:30:00+00:00"),
        (CivilTime(year: 2026, month: 3, day: 8, hour: 3, minute: 30), "2026-03-08T07:30:00+00:00"),
        (CivilTime(year: 2026, month: 7, day: 1, hour: 12), "2026-07-01T16:00:00+00:00"),
        (CivilTime(year: 2026, month: 11, day: 1, hour: 12), "2026-11-01T17:00:00+00:00"),
        (CivilTime(year: 2026, month: 12, day: 1), "2026-12-01T05:00:00+00:00"),
    ])
    func convertsAcrossDSTChanges(civil: CivilTime, expectedUTC: String) throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let date = civil.date(in: newYork)
        #expect(ISO8601Timestamp.format(date, utcOffset: 0) == expectedUTC)
        #expect(CivilTime(date, in: newYork) == civil)
    }

    @Test(arguments: [
        (CivilTime(year: 2024, month: 2, day: 29), true),
        (CivilTime(year: 2000, month: 2, day: 29), true),
        (CivilTime(year: 2026, month: 2, day: 29), false),
        (CivilTime(year: 1900, month: 2, day: 29), false),
        (CivilTime(year: 2026, month: 4, day: 31), false),
        (CivilTime(year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59), true),
        (CivilTime(year: 2026, month: 13, day: 1), false),
        (CivilTime(year: 2026, month: 0, day: 1), false),
        (CivilTime(year: 2026, month: 1, day: 0), false),
        (CivilTime(year: 2026, month: 1, day: 1, hour: 24), false),
        (CivilTime(year: 2026, month: 1, day: 1, minute: 60), false),
        (CivilTime(year: 2026, month: 1, day: 1, second: -1), false),
    ])
    func validates(civil: CivilTime, isValid: Bool) {
        #expect(civil.isValid == isValid)
    }

    @Test func rollsOverOutOfRangeFieldsInsteadOfTrapping() {
        let february30 = CivilTime(year: 2026, month: 2, day: 30, hour: 10)
        #expect(february30.date(utcOffset: 0) == CivilTime(year: 2026, month: 3, day: 2, hour: 10).date(utcOffset: 0))
        let month13 = CivilTime(year: 2026, month: 13, day: 1)
        #expect(month13.date(utcOffset: 0) == CivilTime(year: 2027, month: 1, day: 1).date(utcOffset: 0))
    }

    @Test(arguments: [
        (CivilTime(year: 2026, month: 11, day: 23, hour: 2, minute: 10), -1, CivilTime(year: 2026, month: 11, day: 22, hour: 2, minute: 10)),
        (CivilTime(year: 2026, month: 3, day: 1), -1, CivilTime(year: 2026, month: 2, day: 28)),
        (CivilTime(year: 2024, month: 3, day: 1), -1, CivilTime(year: 2024, month: 2, day: 29)),
        (CivilTime(year: 2026, month: 12, day: 31, hour: 23), 1, CivilTime(year: 2027, month: 1, day: 1, hour: 23)),
        (CivilTime(year: 2026, month: 1, day: 1), -366, CivilTime(year: 2024, month: 12, day: 31)),
        (CivilTime(year: 2026, month: 1, day: 1), 0, CivilTime(year: 2026, month: 1, day: 1)),
    ])
    func addsDays(start: CivilTime, days: Int, expected: CivilTime) {
        #expect(start.addingDays(days) == expected)
    }

    @Test func ordersFieldByField() {
        let times = [
            CivilTime(year: 2026, month: 11, day: 23, hour: 2, minute: 10, second: 1),
            CivilTime(year: 2025, month: 12, day: 31, hour: 23),
            CivilTime(year: 2026, month: 11, day: 23, hour: 2, minute: 10),
            CivilTime(year: 2026, month: 2, day: 28, hour: 23, minute: 59),
            CivilTime(year: 2026, month: 11, day: 22, hour: 23, minute: 59),
        ]
        let sortedByInstant = times.sorted { $0.date(utcOffset: 0) < $1.date(utcOffset: 0) }
        #expect(times.sorted() == sortedByInstant)
    }

    /// A fraction of a second never reads as the next second.
    @Test func fractionsOfASecondAreFloored() {
        #expect(CivilTime(Date(timeIntervalSince1970: -0.5), utcOffset: 0)
            == CivilTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59))
        #expect(CivilTime(Date(timeIntervalSince1970: 59.999), utcOffset: 0) == CivilTime(year: 1970, month: 1, day: 1, second: 59))
    }

    /// Every day of four years (a leap day among them) goes to an instant and back unchanged.
    @Test func everyDayRoundTripsThroughAnInstant() {
        var day = CivilTime(year: 2027, month: 1, day: 1, hour: 23, minute: 59, second: 59)
        for _ in 0..<(4 * 365 + 1) {
            #expect(CivilTime(day.date(utcOffset: 8 * 3600), utcOffset: 8 * 3600) == day)
            day = day.addingDays(1)
        }
        #expect(day == CivilTime(year: 2031, month: 1, day: 1, hour: 23, minute: 59, second: 59))
    }
}
