import Foundation
import Testing
@testable import DutyDeskCore

/// A press conference meets the 24-hour clock only when a 负责人 or 新闻发言人 attended (001); one
/// recorded before attendance was asked reads as it always did.
@Suite struct ConferenceAttendanceTests {
    typealias S = Scenario

    static func major() throws -> (Scenario, String) {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        return (scenario, code)
    }

    @Test func aConferenceWithoutHeadOrSpokespersonIsRecordedFlaggedAndMeetsNoClock() throws {
        var (scenario, code) = try Self.major()
        try scenario.record(at: S.hours(3)) {
            try $0.pressConference(code, at: S.hours(2), speaker: "工作人员",
                                   attendees: [ConferenceAttendee(name: "何静", role: .other)])
        }
        let subject = scenario.subject(code)
        #expect(subject.releases.isEmpty)
        #expect(subject.uncountedConferences.map(\.conference.attendees) == [[ConferenceAttendee(name: "何静", role: .other)]])
        #expect(subject.timeline.count == 2)
        let policy = DeadlinePolicy()
        #expect(policy.deadline(for: subject)?.kind == .pressConference)
        #expect(policy.deadline(for: subject)?.dueAt == S.hours(24))
        #expect(Strings.chinese.conferenceFlag(of: subject) == "发布会未计")
        let line = Strings.chinese.summary(of: subject.timeline[1], in: subject, timeZone: S.zone)
        #expect(line == "召开新闻发布会，工作人员；出席：何静（其他）；无负责人或新闻发言人出席，不计为发布会")
        #expect(!Strings.english.summary(of: subject.timeline[1], in: subject, timeZone: S.zone).contains("出席"))
    }

    @Test func aHeadOrSpokespersonMakesItCount() throws {
        for role in [AttendeeRole.head, .spokesperson] {
            var (scenario, code) = try Self.major()
            try scenario.record(at: S.hours(3)) {
                try $0.pressConference(code, at: S.hours(2), attendees: [ConferenceAttendee(name: "何静", role: .other),
                                                                         ConferenceAttendee(name: "何伟", role: role)])
            }
            let subject = scenario.subject(code)
            #expect(subject.firstPressConferenceAt == S.hours(2))
            #expect(subject.uncountedConferences.isEmpty)
            #expect(DeadlinePolicy().deadline(for: subject)?.kind == .followUp)
            #expect(Strings.chinese.conferenceFlag(of: subject) == nil)
        }
    }

    /// Rule one: a breach stays. The conference that does not count is held before the due time, the one
    /// that counts after it: the first deadline is judged missed, never on time.
    @Test func anUncountedConferenceNeverHidesABreach() throws {
        var (scenario, code) = try Self.major()
        try scenario.record(at: S.hours(20)) {
            try $0.pressConference(code, at: S.hours(20), attendees: [ConferenceAttendee(name: "何静", role: .other)])
        }
        try scenario.record(at: S.hours(30)) {
            try $0.pressConference(code, at: S.hours(30), attendees: [ConferenceAttendee(name: "何伟", role: .spokesperson)])
        }
        let assessment = CaseAssessment(scenario.subject(code), policy: DeadlinePolicy(), now: S.hours(40))
        #expect(assessment.first.verdict == .missed || assessment.first.verdict == .late)
        #expect(assessment.first.verdict != .onTime)
        #expect(assessment.missed.contains { $0.kind == .pressConference })
    }

    /// An older ledger's conference has no attendance: it counts as it did, and reads as it did.
    @Test func anOlderConferenceWithoutAttendanceCountsAsBefore() throws {
        var (scenario, code) = try Self.major()
        let id = scenario.subject(code).id
        try scenario.record(at: S.hours(3)) { _ in
            EventDraft(caseID: id, body: .pressConferenceHeld(PressConference(at: S.hours(2), speaker: "王县长")))
        }
        let subject = scenario.subject(code)
        #expect(subject.firstPressConferenceAt == S.hours(2))
        #expect(Strings.chinese.summary(of: subject.timeline[1], in: subject, timeZone: S.zone) == "召开新闻发布会，王县长（首次回应）")
        let encoded = EventPayloadCodec.encode(subject.timeline[1].body, utcOffset: 8 * 3600)
        #expect(encoded["attendees"] == nil)
    }

    @Test func attendanceIsRequiredAndNamesAreKeptOnce() throws {
        var (scenario, code) = try Self.major()
        #expect(throws: DraftRefusal.emptyField(name: .attendees)) {
            try scenario.record(at: S.hours(3)) { try $0.pressConference(code, at: nil, attendees: [ConferenceAttendee(name: " ", role: .head)]) }
        }
        try scenario.record(at: S.hours(3)) {
            try $0.pressConference(code, at: nil, attendees: [ConferenceAttendee(name: " 何伟 ", role: .spokesperson),
                                                              ConferenceAttendee(name: "何伟", role: .other)])
        }
        #expect(scenario.subject(code).pressConferences.first?.attendees == [ConferenceAttendee(name: "何伟", role: .spokesperson)])
    }

    @Test func attendeesAreReadAsTyped() {
        #expect(ConferenceAttendee.parse("张明:发言人")! == ("张明", .spokesperson))
        #expect(ConferenceAttendee.parse("张明：head")! == ("张明", .head))
        #expect(ConferenceAttendee.parse("张明")! == ("张明", nil))
        #expect(ConferenceAttendee.parse("张明:记者") == nil)
        #expect(ConferenceAttendee.parse(":发言人") == nil)
        #expect(ConferenceAttendee(name: "张明", role: .head).typed == "张明:head")
    }
}
