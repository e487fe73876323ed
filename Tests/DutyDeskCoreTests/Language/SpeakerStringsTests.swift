import Testing
@testable import DutyDeskCore

@Suite struct SpeakerStringsTests {
    typealias S = Scenario

    @Test func eachTableIsInOneLanguage() {
        WordsFixture.checkOneLanguage(chinese: SpeakerWords.chinese, english: SpeakerWords.english)
    }

    @Test func attendeesAreNamedWithTheirCapacity() {
        let attendees = [ConferenceAttendee(name: "张明", role: .spokesperson), ConferenceAttendee(name: "李华", role: .other)]
        #expect(Strings.chinese.attendance(attendees) == "张明（新闻发言人）、李华（其他）")
        #expect(Strings.english.attendance(attendees) == "张明 (Spokesperson), 李华 (Other)")
    }

    /// The timeline adds who attended, and says a conference without a head or spokesperson does not count;
    /// an older line without attendance adds nothing.
    @Test func aConferencesLineSaysWhoAttendedAndWhetherItCounts() {
        let counted = PressConference(at: S.start, attendees: [ConferenceAttendee(name: "张明", role: .head)])
        let uncounted = PressConference(at: S.start, attendees: [ConferenceAttendee(name: "李华", role: .other)])
        #expect(Strings.chinese.attendanceSuffix(counted) == "；出席：张明（负责人）")
        #expect(Strings.chinese.attendanceSuffix(uncounted) == "；出席：李华（其他）；无负责人或新闻发言人出席，不计为发布会")
        #expect(Strings.english.attendanceSuffix(PressConference(at: S.start)) == "")
    }

    /// The queue's flag stays only while the case is open and no conference of it has counted.
    @Test func theFlagIsRaisedOnlyWhileNoConferenceCounted() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        #expect(Strings.chinese.conferenceFlag(of: scenario.subject(code)) == nil)
        try scenario.record(at: S.hours(2)) {
            try $0.pressConference(code, at: S.hours(2), attendees: [ConferenceAttendee(name: "李华", role: .other)])
        }
        #expect(Strings.chinese.conferenceFlag(of: scenario.subject(code)) == "发布会未计")
        #expect(Strings.english.conferenceFlag(of: scenario.subject(code)) == "conf. not counted")
        try scenario.record(at: S.hours(3)) {
            try $0.pressConference(code, at: S.hours(3), attendees: [ConferenceAttendee(name: "张明", role: .spokesperson)])
        }
        #expect(Strings.chinese.conferenceFlag(of: scenario.subject(code)) == nil)
    }
}
