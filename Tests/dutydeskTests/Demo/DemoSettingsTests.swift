import DutyDeskCore
import DutyDeskSettings
import Foundation
import Testing
@testable import dutydesk

/// The demo's settings file as the desk reads it: the on-call roster is laid in whole hours of the
/// desk's zone around the moment the demo opens, so someone is on call then.
@Suite struct DemoSettingsTests {
    static let zone = DemoSettings.zone

    static func settings(at now: Date) throws -> DeskSettings {
        try SettingsParser.parse(text: DemoSettings.text(now: now), fileName: "settings.toml", timeZone: zone)
    }

    static func hour(_ day: Int, _ hour: Int) -> CivilTime { CivilTime(year: 2026, month: 11, day: day, hour: hour) }

    /// 09:37:12 rounds down to 09:00; stretches that began the day before carry that day's date.
    @Test func theRosterIsInWholeHoursAroundTheMoment() throws {
        let now = CivilTime(year: 2026, month: 11, day: 23, hour: 9, minute: 37, second: 12).date(in: Self.zone)
        let roster = try Self.settings(at: now).roster
        #expect(roster.map(\.name) == ["李娜", "王芳", "钱副县长"])
        #expect(roster.map { CivilTime($0.from, in: Self.zone) } == [Self.hour(22, 17), Self.hour(23, 5), Self.hour(22, 21)])
        #expect(roster.map { CivilTime($0.to, in: Self.zone) } == [Self.hour(23, 5), Self.hour(23, 17), Self.hour(23, 21)])
    }

    /// Whatever the minute, the demo opens with someone on call, and the one who went off four
    /// hours before is no longer.
    @Test(arguments: [0, 59]) func someoneIsOnCallWhenTheDemoOpens(minute: Int) throws {
        let now = CivilTime(year: 2026, month: 12, day: 1, hour: 0, minute: minute).date(in: Self.zone)
        let settings = try Self.settings(at: now)
        #expect(settings.onCall(at: now).map(\.name) == ["王芳", "钱副县长"])
    }
}
