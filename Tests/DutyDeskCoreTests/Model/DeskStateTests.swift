import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct DeskStateTests {
    typealias S = Scenario

    @Test func statusFollowsTheLifeOfACase() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(scenario.subject(code).status == .pendingTriage)
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .first) }
        #expect(scenario.subject(code).status == .handling)
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        #expect(scenario.subject(code).status == .releasing)
        try scenario.record(at: S.hours(2.5)) { try $0.feedback(code, unit: "县水务局", text: "已更换水箱", at: nil) }
        try scenario.record(at: S.hours(3)) { try $0.close(code, reason: .resolved, at: nil) }
        #expect(scenario.subject(code).status == .closed)
    }

    /// A view kept beside the desk learns which cases the newest events touched, and that it
    /// must start again once they are further back than the desk remembers.
    @Test func remembersWhichCasesTheNewestEventsTouched() throws {
        var scenario = Scenario()
        let first = try scenario.report()
        let second = try scenario.report()
        let seen = scenario.state.eventCount
        #expect(scenario.state.casesTouched(since: seen) == [])
        try scenario.record(at: S.hours(1)) { try $0.assign(second, unit: "县水务局", role: .first) }
        try scenario.record(at: S.hours(2)) { try $0.handOver(from: "张伟", to: "李娜", note: "") }
        #expect(scenario.state.casesTouched(since: seen) == [1])
        #expect(scenario.state.casesTouched(since: 1) == [0, 1], "the two reports and the assignment")
        #expect(scenario.state.casesTouched(since: seen + 3) == nil, "a count the desk has not reached")
        for hour in 0..<9000 {
            try scenario.record(at: S.hours(3 + Double(hour) / 1000)) { try $0.note(first, text: "持续关注") }
        }
        #expect(scenario.state.casesTouched(since: seen) == nil, "forgotten")
        #expect(scenario.state.casesTouched(since: scenario.state.eventCount - 10) == [0])
    }

    /// Numbering the next case is one lookup: the highest number per day is kept as cases arrive.
    @Test func theHighestCodeNumberIsKeptPerDay() throws {
        var scenario = Scenario()
        for _ in 0..<3 { try scenario.report() }
        try scenario.report(discovered: S.hours(20), typedAt: S.hours(20))
        #expect(scenario.state.highestCodeNumber(withPrefix: "YQ-20261123-") == 3)
        #expect(scenario.state.highestCodeNumber(withPrefix: "YQ-20261124-") == 1)
        #expect(scenario.state.highestCodeNumber(withPrefix: "YQ-20261125-") == 0)
        // A hand-merged ledger may hold a gap or a code in another form: numbering continues after the highest.
        var merged = DeskState()
        for (seq, code) in ["YQ-20261123-009", "YQ-20261123-002", "OTHER"].enumerated() {
            merged.apply(Event(seq: seq + 1, id: "e\(seq)", recordedAt: S.start, operatorName: "x", caseID: CaseID("c\(seq)"),
                               body: .caseReported(CaseReport(code: code, title: "t", locality: "l", discoveredAt: S.start))))
        }
        #expect(merged.highestCodeNumber(withPrefix: "YQ-20261123-") == 9)
        #expect(EventDrafter(state: merged, now: S.start, timeZone: S.zone).nextCode() == "YQ-20261123-010")
    }

    @Test func oneFirstAndOneLeadUnitButManyCooperatingUnits() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        for (unit, role) in [("县水务局", UnitRole.first), ("县卫健委", .first), ("县政府办", .lead),
                             ("城关镇", .cooperating), ("县融媒体中心", .cooperating), ("城关镇", .cooperating)] {
            try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: unit, role: role) }
        }
        let subject = scenario.subject(code)
        #expect(subject.unit(in: .first) == "县卫健委")
        #expect(subject.unit(in: .lead) == "县政府办")
        #expect(subject.units.filter { $0.role == .cooperating }.map(\.unit) == ["城关镇", "县融媒体中心"])
    }

    @Test func everyEventLandsOnItsCasesTimelineWithWhenItHappened() throws {
        var scenario = Scenario()
        let code = try scenario.report(discovered: S.start, typedAt: S.hours(1))
        try scenario.record(at: S.hours(5)) { try $0.pressConference(code, at: S.hours(4), attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        let timeline = scenario.subject(code).timeline
        #expect(timeline.map(\.happenedAt) == [S.start, S.hours(4)])
        #expect(timeline.map(\.recordedAt) == [S.hours(1), S.hours(5)])
    }

    @Test func eventsForUnknownCasesAreKeptAsOrphansNotDropped() {
        var state = DeskState()
        let stray = Event(seq: 1, id: "e", recordedAt: S.start, operatorName: "x", caseID: CaseID("nope"),
                          body: .noteAdded(text: "?"))
        state.apply(stray)
        #expect(state.orphanEvents == [stray])
        #expect(state.cases.isEmpty)
    }
}
