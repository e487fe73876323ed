import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct DisplayTimeTests {
    @Test func theZoneIsNamedByItsOffsetAtThatMoment() {
        let moment = CivilTime(year: 2026, month: 12, day: 1, hour: 20).date(in: TimeZone(identifier: "UTC")!)
        #expect(DisplayTime.zone(TimeZone(identifier: "Asia/Shanghai")!, at: moment) == "UTC+8")
        #expect(DisplayTime.zone(TimeZone(identifier: "UTC")!, at: moment) == "UTC")
        #expect(DisplayTime.zone(TimeZone(identifier: "America/St_Johns")!, at: moment) == "UTC-3:30")
        #expect(DisplayTime.zone(TimeZone(identifier: "Asia/Kolkata")!, at: moment) == "UTC+5:30")
        #expect(DisplayTime.seconds(moment, in: TimeZone(identifier: "Asia/Shanghai")!) == "2026-12-02 04:00:00")
    }
}
