import Foundation
import Testing
@testable import DutyDeskCore

/// The case as the replayed ledger knows it, built through `EventDrafter` as the desk builds it.
@Suite struct CaseTests {
    typealias S = Scenario

    @Test func aCaseMovesFromTriageThroughReleasesToClosed() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(scenario.subject(code).status == .pendingTriage)
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "情况说明", at: nil) }
        #expect(scenario.subject(code).status == .releasing)
        try scenario.record(at: S.hours(3)) { try $0.close(code, reason: .resolved, at: nil) }
        #expect(scenario.subject(code).status == .closed)
    }

    /// A release typed late (补录) takes its place by when it happened, and every release after it
    /// is numbered again: nothing stores a number.
    @Test func releasesAreOrderedAndNumberedByWhenTheyHappened() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(3)) { try $0.respond(code, method: .portal, text: "通报", at: nil, spokesperson: "李敏") }
        try scenario.record(at: S.hours(4)) { try $0.pressConference(code, at: S.hours(1), speaker: "王县长", attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        let subject = scenario.subject(code)
        #expect(subject.releases.map(\.at) == [S.hours(1), S.hours(3)])
        #expect(subject.releases.map(\.number) == [0, 1])
        #expect(subject.releases.first?.isPressConference == true)
        #expect(subject.firstReleaseAt == S.hours(1) && subject.lastReleaseAt == S.hours(3))
        #expect(subject.firstPressConferenceAt == S.hours(1))
        #expect(subject.speakers == ["王县长", "李敏"])
        #expect(subject.responses.count == 1 && subject.pressConferences.count == 1 && subject.releaseCount == 2)
    }

    /// One first responsible unit and one lead unit at a time; co-operating units add up, each once.
    @Test func unitsKeepOneHolderPerRoleAndAnswerByTheLead() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .first) }
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "城关镇政府", role: .cooperating) }
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "城关镇政府", role: .cooperating) }
        #expect(scenario.subject(code).answerableUnit == "县水务局")
        try scenario.record(at: S.hours(2)) { try $0.assign(code, unit: "县卫健委", role: .first) }
        try scenario.record(at: S.hours(2)) { try $0.assign(code, unit: "县政府办", role: .lead) }
        let subject = scenario.subject(code)
        #expect(subject.unit(in: .first) == "县卫健委")
        #expect(subject.unitsWithRole == ["城关镇政府", "县卫健委", "县政府办"])
        #expect(subject.answerableUnit == "县政府办")
        #expect(subject.hasRole("城关镇政府") && !subject.hasRole("县水务局"))
    }

    @Test func theFirstReportCountsAmongTheCasesReports() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        let subject = scenario.subject(code)
        #expect(subject.reportCount == 1 && subject.reportChannels == [subject.report.channel])
        #expect(subject.timeline.count == 1 && subject.operatorName == "值班员")
    }
}
