import DutyDeskCore
import Foundation
import Testing

@Suite struct DeskSettingsTests {
    static let start = Date(timeIntervalSince1970: 1_795_400_000)
    static func after(_ hours: Double) -> Date { start.addingTimeInterval(hours * 3600) }

    /// A stretch covers its start and not its end, so a handover moment names the next one alone.
    @Test func whoIsOnCallIsTheStretchThatHoldsTheMoment() {
        var settings = DeskSettings()
        settings.roster = [
            DeskSettings.OnCall(name: "王芳", from: Self.start, to: Self.after(24)),
            DeskSettings.OnCall(name: "李娜", from: Self.after(24), to: Self.after(48)),
            DeskSettings.OnCall(name: "赵强", unit: "县应急管理局", from: Self.after(12), to: Self.after(36)),
        ]
        #expect(settings.onCall(at: Self.start).map(\.name) == ["王芳"])
        #expect(settings.onCall(at: Self.after(24)).map(\.name) == ["李娜", "赵强"])
        #expect(settings.onCall(at: Self.after(48)).isEmpty)
        #expect(settings.onCall(at: Self.after(-1)).isEmpty)
    }

    /// The file's hours and minutes become the clocks' windows; the first-report recipients go with them.
    @Test func thePolicyTakesTheDesksCadenceAndFirstReport() {
        var settings = DeskSettings()
        #expect(settings.policy.followUpCadence == 24 * 3600 && settings.policy.firstReportWindow == 3600)
        settings.followUpCadenceHours = 6
        settings.firstReportMinutes = 30
        settings.firstReportRecipients = ["市委网信办"]
        let policy = settings.policy
        #expect(policy.followUpCadence == 6 * 3600 && policy.firstReportWindow == 30 * 60)
        #expect(policy.firstReportRecipients == ["市委网信办"])
        #expect(policy.responseWindow == 48 * 3600, "the notices' windows are not the desk's to change")
    }

    /// The contacts search finds a unit by any of its names or numbers; nothing typed finds all.
    @Test func aUnitMatchesByAnyNameOrNumber() {
        var unit = DeskSettings.MemberUnit(name: "县水务局")
        unit.head = "张建国"
        unit.leaderPhone = "0000-7654321"
        #expect(unit.matches("") && unit.matches("水务") && unit.matches("建国") && unit.matches("7654"))
        #expect(!unit.matches("卫健") && !unit.matches("李敏"))
    }
}
