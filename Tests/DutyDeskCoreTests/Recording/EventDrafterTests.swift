import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct EventDrafterTests {
    typealias S = Scenario

    @Test func codesNumberTheDayAndStayUnique() throws {
        var scenario = Scenario()
        #expect(try scenario.report("一") == "YQ-20261123-001")
        #expect(try scenario.report("二") == "YQ-20261123-002")
        // 23:59 and 00:01 in Shanghai fall on different days, whatever UTC says.
        let nextDay = CivilTime(year: 2026, month: 11, day: 24, hour: 0, minute: 1).date(in: S.zone)
        #expect(try scenario.report("三", discovered: S.start, typedAt: nextDay) == "YQ-20261124-001")
    }

    @Test func milestonesCannotBeInTheFuture() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.inFuture(field: .at, value: S.hours(3), now: S.hours(2))) {
            try scenario.record(at: S.hours(2)) { try $0.pressConference(code, at: S.hours(3), attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        }
        var intake = EventDrafter.Intake(title: "t", locality: "l")
        intake.discoveredAt = S.hours(1)
        #expect(throws: DraftRefusal.self) {
            try EventDrafter(state: scenario.state, now: S.start, timeZone: S.zone).report(intake, newCaseID: CaseID("x"))
        }
    }

    @Test func milestonesCannotPrecedeDiscovery() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.beforeDiscovery(field: .at, value: S.hours(-1), discoveredAt: S.start)) {
            try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "", at: S.hours(-1)) }
        }
    }

    @Test func unknownAndClosedCasesAreRefused() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.unknownCase(code: "YQ-20990101-001")) {
            try scenario.record(at: S.hours(1)) { try $0.note("YQ-20990101-001", text: "x") }
        }
        try scenario.record(at: S.hours(1)) { try $0.close(code, reason: .duplicate, at: nil) }
        #expect(throws: DraftRefusal.caseClosed(code: code)) {
            try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        }
        try scenario.record(at: S.hours(2)) { try $0.note(code.lowercased(), text: "复盘意见") }
        #expect(scenario.subject(code).timeline.count == 3)
    }

    @Test func emptyRequiredFieldsAreRefused() throws {
        let drafter = EventDrafter(state: DeskState(), now: S.start, timeZone: S.zone)
        #expect(throws: DraftRefusal.emptyField(name: .title)) {
            try drafter.report(EventDrafter.Intake(title: "  ", locality: "城关镇"), newCaseID: CaseID("x"))
        }
        #expect(throws: DraftRefusal.emptyField(name: .locality)) {
            try drafter.report(EventDrafter.Intake(title: "事由", locality: ""), newCaseID: CaseID("x"))
        }
    }

    /// One sentence, not an article: the 101st character is refused, at intake and in a correction,
    /// naming the field, its length and the limit.
    @Test func aTitleOverTheLimitIsRefused() throws {
        let drafter = EventDrafter(state: DeskState(), now: S.start, timeZone: S.zone)
        let longest = String(repeating: "事", count: EventDrafter.titleLimit)
        _ = try drafter.report(EventDrafter.Intake(title: longest, locality: "城关镇"), newCaseID: CaseID("x"))
        #expect(throws: DraftRefusal.tooLong(field: .title, length: 101, limit: 100)) {
            try drafter.report(EventDrafter.Intake(title: longest + "由", locality: "城关镇"), newCaseID: CaseID("x"))
        }
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.tooLong(field: .corrected(.title), length: 101, limit: 100)) {
            try scenario.record(at: S.hours(1)) { try $0.correct(code, field: .title, to: longest + "由", reason: "补全") }
        }
        #expect(Strings.chinese.recordingError(.tooLong(field: .title, length: 101, limit: 100), timeZone: S.zone)
            == "事由 有 101 个字，最多 100 个字；更多内容请写在详情里")
    }

    /// Issue 9's sequences: a release dated before the others takes its place among them, and a
    /// press conference is a release in that order.
    @Test func releasesAreNumberedByWhenTheyHappened() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        for hour in [10.0, 20, 30] {
            try scenario.record(at: S.hours(hour)) { try $0.respond(code, method: .portal, text: "第\(hour)小时", at: nil) }
        }
        try scenario.record(at: S.hours(31)) { try $0.respond(code, method: .portal, text: "补登", at: S.hours(5)) }
        let subject = scenario.subject(code)
        #expect(subject.responses.map(\.text) == ["补登", "第10.0小时", "第20.0小时", "第30.0小时"])
        #expect(subject.releases.map(\.number) == [0, 1, 2, 3])
        #expect(subject.firstReleaseAt == S.hours(5) && subject.lastReleaseAt == S.hours(30))
        let strings = Strings.chinese
        let names = subject.timeline.compactMap { entry in
            subject.release(recordedIn: entry.eventID).map { _ in strings.summary(of: entry, in: subject, timeZone: S.zone) }
        }
        #expect(names.map { String($0.prefix(4)) } == ["续报一（", "续报二（", "续报三（", "首次回应"])

        var major = Scenario()
        let pressed = try major.report(grade: .major)
        try major.record(at: S.hours(3)) { try $0.pressConference(pressed, at: nil, attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        try major.record(at: S.hours(4)) { try $0.respond(pressed, method: .portal, text: "", at: nil) }
        try major.record(at: S.hours(5)) { try $0.respond(pressed, method: .portal, text: "", at: nil) }
        #expect(major.subject(pressed).releases.map { strings.releaseName(number: $0.number) } == ["首次回应", "续报一", "续报二"])
    }

    @Test func releasesAreNumberedInOrderIncludingPressConferences() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        try scenario.record(at: S.hours(2)) { try $0.pressConference(code, at: nil, attendees: [ConferenceAttendee(name: "王县长", role: .head)]) }
        try scenario.record(at: S.hours(3)) { try $0.respond(code, method: .portal, text: "", at: nil) }
        #expect(scenario.subject(code).releases.map(\.number) == [0, 1, 2])
        #expect(scenario.subject(code).releases.map(\.isPressConference) == [false, true, false])
    }

    /// 专家解读 names its expert, published directly or from a draft; other methods keep none.
    @Test func anExpertInterpretationNamesItsExpert() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.emptyField(name: .expert)) {
            try scenario.record(at: S.hours(1)) { try $0.respond(code, method: .expertInterpretation, text: "解读", at: nil) }
        }
        #expect(throws: DraftRefusal.emptyField(name: .expert)) {
            try scenario.record(at: S.hours(1)) { try $0.draftRelease(code, ReleaseDraft(method: .expertInterpretation, text: "稿")) }
        }
        try scenario.record(at: S.hours(1)) {
            try $0.respond(code, method: .expertInterpretation, text: "解读", at: nil, expert: " 周建 ")
        }
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "通报", at: nil, expert: "周建") }
        let responses = scenario.subject(code).responses
        #expect(responses.map(\.expert) == ["周建", ""])
        #expect(Strings.chinese.releaseSummary(responses[0], number: 0) == "首次回应（专家解读，专家：周建）：解读")
    }
}
