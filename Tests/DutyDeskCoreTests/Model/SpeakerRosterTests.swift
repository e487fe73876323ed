import Testing
@testable import DutyDeskCore

/// The settings' spokespersons, unit heads and experts place the people a conference or a 专家解读 names.
@Suite struct SpeakerRosterTests {
    static var settings: DeskSettings {
        var settings = DeskSettings()
        var unit = DeskSettings.MemberUnit(name: "县应急管理局")
        unit.head = "马军"
        settings.units = [unit, DeskSettings.MemberUnit(name: "县卫健委")]
        settings.spokespersons = [DeskSettings.Spokesperson(unit: "县卫健委", name: "林峰"),
                                  DeskSettings.Spokesperson(unit: "县应急管理局", name: "何伟", title: "副局长")]
        settings.experts = [DeskSettings.Expert(name: "周建", field: "地质灾害", institution: "省地质调查院")]
        return settings
    }

    @Test func aNameTheSettingsListNeedsNoCapacity() {
        let settings = Self.settings
        #expect(settings.attendee("何伟") == ConferenceAttendee(name: "何伟", role: .spokesperson))
        #expect(settings.attendee("马军") == ConferenceAttendee(name: "马军", role: .head))
        #expect(settings.attendee("马军:其他") == ConferenceAttendee(name: "马军", role: .other))
        #expect(settings.attendee("路人甲") == nil)
        #expect(settings.attendee("路人甲:其他") == ConferenceAttendee(name: "路人甲", role: .other))
    }

    @Test func theCaseUnitsPeopleComeFirst() {
        let people = Self.settings.likelyAttendees(for: ["县应急管理局"])
        #expect(people.map(\.name) == ["何伟", "马军", "林峰"])
    }
}
