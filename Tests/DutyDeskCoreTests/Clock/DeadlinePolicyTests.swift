import Foundation
import Testing
@testable import DutyDeskCore

/// The clock table of DOMAIN.md, case by case.
@Suite struct DeadlinePolicyTests {
    let policy = DeadlinePolicy()
    typealias S = Scenario

    @Test(arguments: [Grade.general, .significant])
    func otherCasesMustRespondWithin48Hours(grade: Grade) throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: grade)
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .response)
        #expect(deadline.startsAt == S.start)
        #expect(deadline.dueAt == S.hours(48))
    }

    @Test(arguments: [Grade.extraordinary, .major])
    func majorEmergenciesMustHoldAPressConferenceWithin24Hours(grade: Grade) throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: grade)
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .pressConference)
        #expect(deadline.dueAt == S.hours(24))
    }

    @Test func upgradeAtHour30IsOverdueAtOnceBecauseTheClockKeepsItsStart() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(30)) { try $0.regrade(code, to: .major, at: nil) }
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .pressConference)
        #expect(deadline.dueAt == S.hours(24))
        #expect(deadline.secondsLeft(at: S.hours(30)) == -6 * 3600)
        #expect(deadline.band(at: S.hours(30)) == .overdue)
    }

    @Test func downgradeReturnsToThe48HourClockFromDiscovery() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(20)) { try $0.regrade(code, to: .general, at: nil) }
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .response)
        #expect(deadline.dueAt == S.hours(48))
        #expect(deadline.secondsLeft(at: S.hours(20)) == 28 * 3600)
    }

    @Test func pressConferenceTypedLateButHeldInTimeMeetsTheDeadline() throws {
        // Discovered 08:00 the day before; due 08:00; held 07:00, typed 09:00.
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(25)) { try $0.pressConference(code, at: S.hours(23), attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        let subject = scenario.subject(code)
        #expect(subject.firstPressConferenceAt == S.hours(23))
        let deadline = try #require(policy.deadline(for: subject))
        #expect(deadline.kind == .followUp)
        #expect(deadline.startsAt == S.hours(23))
        #expect(deadline.dueAt == S.hours(47))
        #expect(deadline.band(at: S.hours(25)) == .fresh)
    }

    @Test func backDatedResponseCountsAtTheTimeItHappened() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(50)) { try $0.respond(code, method: .governmentWeibo, text: "", at: S.hours(40)) }
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .followUp)
        #expect(deadline.dueAt == S.hours(64))
    }

    @Test func aResponseDoesNotMeetTheMajorCasesPressConferenceClock() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .extraordinary)
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .authoritativeRelease, text: "", at: nil) }
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .pressConference)
        #expect(deadline.dueAt == S.hours(24))
    }

    @Test func followUpsAreDueOneCadenceAfterTheLatestRelease() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(10)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        try scenario.record(at: S.hours(30)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline == Deadline(kind: .followUp, startsAt: S.hours(30), dueAt: S.hours(54)))
        let twelveHourly = DeadlinePolicy(followUpCadence: 12 * 3600)
        #expect(twelveHourly.deadline(for: scenario.subject(code))?.dueAt == S.hours(42))
    }

    @Test func afterThePressConferenceMajorCasesKeepReleasing() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(12)) { try $0.pressConference(code, at: nil, attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        try scenario.record(at: S.hours(20)) { try $0.respond(code, method: .governmentWechat, text: "", at: nil) }
        #expect(policy.deadline(for: scenario.subject(code))?.dueAt == S.hours(44))
    }

    @Test func upgradeAfterAResponseStillOwesThePressConference() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(10)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        try scenario.record(at: S.hours(20)) { try $0.regrade(code, to: .major, at: nil) }
        let deadline = try #require(policy.deadline(for: scenario.subject(code)))
        #expect(deadline.kind == .pressConference)
        #expect(deadline.secondsLeft(at: S.hours(20)) == 4 * 3600)
    }

    @Test func closedCasesHaveNoClock() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(5)) { try $0.close(code, reason: .resolved, at: nil) }
        #expect(policy.deadline(for: scenario.subject(code)) == nil)
    }

    @Test(arguments: [
        (0.0, ClockBand.fresh), (23.99, .fresh), (24.0, .warning), (35.99, .warning), (36.0, .critical),
        (47.99, .critical), (48.0, .overdue), (100.0, .overdue),
    ])
    func warningsStepUpAtHalfAndThreeQuartersThenBreach(hoursUsed: Double, band: ClockBand) {
        let deadline = Deadline(kind: .response, startsAt: S.start, dueAt: S.hours(48))
        #expect(deadline.band(at: S.hours(hoursUsed)) == band)
    }

    @Test func overdueTimeIsANegativeRemainderToTheSecond() {
        let deadline = Deadline(kind: .response, startsAt: S.start, dueAt: S.hours(48))
        #expect(deadline.secondsLeft(at: S.hours(48).addingTimeInterval(2 * 3600 + 15 * 60 + 7)) == -8107)
        #expect(deadline.secondsLeft(at: S.hours(48).addingTimeInterval(-0.5)) == 0)
        #expect(deadline.secondsLeft(at: S.hours(48).addingTimeInterval(0.5)) == -1)
    }
}

@Suite struct TriageClockTests {
    typealias S = Scenario

    @Test func triageToMajorPutsTheCaseOnThe24HourClockFromDiscovery() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        var triage = Triage(at: S.hours(3), grade: .major, verification: .confirmed)
        triage.warningClass = .emergency
        try scenario.record(at: S.hours(4)) { try $0.triage(code, triage) }
        let subject = scenario.subject(code)
        #expect(subject.status == .handling && subject.judgement.warningClass == .emergency)
        #expect(DeadlinePolicy().deadline(for: subject) == Deadline(kind: .pressConference, startsAt: S.start,
                                                                    dueAt: S.hours(24)))
    }

    @Test func aJudgementCannotBeDatedInTheFuture() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.self) {
            try scenario.record(at: S.hours(1)) { try $0.triage(code, Triage(at: S.hours(2), grade: .major, verification: .pending)) }
        }
    }
}
