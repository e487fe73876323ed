@testable import DutyDeskCore
import Foundation
import Testing

@Suite struct TimelinessTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let hour = 3600.0

    func at(_ hours: Double) -> Date { Self.start.addingTimeInterval(hours * Self.hour) }

    /// A case discovered at hour 0, with the given steps (each an event body at an hour).
    func subject(grade: Grade = .general, _ steps: [(Double, EventBody)] = []) -> Case {
        let report = CaseReport(code: "YQ-1", title: "t", locality: "l", discoveredAt: Self.start, grade: grade)
        var events = [Event(seq: 1, id: "e1", recordedAt: Self.start, operatorName: "o", caseID: CaseID("c"),
                            body: .caseReported(report))]
        for (index, step) in steps.enumerated() {
            events.append(Event(seq: index + 2, id: "e\(index + 2)", recordedAt: at(step.0), operatorName: "o",
                                caseID: CaseID("c"), body: step.1))
        }
        return DeskState(replaying: events).cases[0]
    }

    func response(_ hours: Double) -> (Double, EventBody) {
        (hours, .responsePublished(PublicResponse(method: .authoritativeRelease, text: "", at: at(hours))))
    }

    @Test func verdictsOfTheFirstDeadline() {
        let policy = DeadlinePolicy()
        #expect(FirstDeadline(subject([response(47)]), policy: policy, now: at(50)).verdict == .onTime)
        let late = FirstDeadline(subject([response(49)]), policy: policy, now: at(50))
        #expect(late.verdict == .late && late.lateBy == 3600)
        #expect(FirstDeadline(subject(), policy: policy, now: at(47)).verdict == .pending)
        let missed = FirstDeadline(subject(), policy: policy, now: at(50))
        #expect(missed.verdict == .missed && missed.lateBy == 7200)
        #expect(FirstDeadline(subject([(2, .caseClosed(reason: .duplicate, at: at(2)))]), policy: policy, now: at(50)).verdict
            == .exempt)
        // A major case is judged by its press conference, not by its first release.
        let major = subject(grade: .major, [response(2), (25, .pressConferenceHeld(PressConference(at: at(25))))])
        let judged = FirstDeadline(major, policy: policy, now: at(30))
        #expect(judged.kind == .pressConference && judged.verdict == .late && judged.lateBy == 3600)
    }

    @Test func followUpsMissedBetweenReleasesAndAfterTheLast() {
        let missed = CaseAssessment(subject([response(10), response(40)]), policy: DeadlinePolicy(), now: at(70)).missed
        // 10 → 40 is 30 h against a 24 h cadence: 6 h late; 40 → now (70) is 30 h: 6 h, still open.
        #expect(missed.map(\.kind) == [.followUp, .followUp])
        #expect(missed.map(\.lateBy) == [6 * 3600, 6 * 3600])
        #expect(missed.map { $0.metAt != nil } == [true, false])
    }

    @Test func percentilesByNearestRank() {
        #expect(TimelinessFigures.percentile(50, of: [27, 4, 12, 6]) == 6)
        #expect(TimelinessFigures.percentile(90, of: [27, 4, 12, 6]) == 27)
        #expect(TimelinessFigures.percentile(50, of: [5]) == 5)
        #expect(TimelinessFigures.percentile(50, of: [1, 2, 3]) == 2)
        #expect(TimelinessFigures.percentile(90, of: Array(1...10)) == 9)
        #expect(TimelinessFigures.percentile(50, of: []) == nil)
    }

    // MARK: - A breach is never erased (issue 9, rule 1). Each sequence goes through `EventDrafter`
    // at the moment it was typed, as the CLI and the console do.

    typealias S = Scenario

    func assessed(_ scenario: Scenario, _ code: String, at hours: Double) -> CaseAssessment {
        CaseAssessment(scenario.subject(code), policy: DeadlinePolicy(), now: S.hours(hours))
    }

    @Test func aClosureTypedAfterTheBreachButDatedBeforeItLeavesTheBreach() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        // 50 h old, no response: overdue since hour 48. Closed 办结 "three hours ago".
        try scenario.record(at: S.hours(50)) { try $0.close(code, reason: .resolved, at: S.hours(47)) }
        let assessment = assessed(scenario, code, at: 60)
        #expect(assessment.first.verdict == .missed && assessment.first.verdict.isJudged)
        #expect(assessment.first.lateBy == 2 * 3600, "late until the closure was typed, not until the hour it names")
        #expect(assessment.missed.map(\.kind) == [.response])
        let stats = TimelinessFigures(name: "", cases: [scenario.subject(code)], policy: DeadlinePolicy(), now: S.hours(60))
        #expect(stats.judged == 1 && stats.overdue == 1 && stats.onTime == 0)
    }

    @Test func onlyADuplicateOrFalseReportRecordedBeforeTheDueTimeIsExempt() throws {
        var scenario = Scenario()
        let inTime = try scenario.report("重复来电")
        let backDated = try scenario.report("误报")
        let resolved = try scenario.report("办结未回应")
        try scenario.record(at: S.hours(10)) { try $0.close(inTime, reason: .duplicate, at: nil) }
        try scenario.record(at: S.hours(55)) { try $0.close(backDated, reason: .falseReport, at: S.hours(30)) }
        try scenario.record(at: S.hours(10)) { try $0.close(resolved, reason: .resolved, at: nil) }
        #expect(assessed(scenario, inTime, at: 60).first.verdict == .exempt)
        #expect(assessed(scenario, backDated, at: 60).first.verdict == .missed)
        #expect(assessed(scenario, resolved, at: 40).first.verdict == .pending, "not yet due")
        #expect(assessed(scenario, resolved, at: 60).first.verdict == .missed, "closed 办结 without ever responding")
    }

    @Test func aCorrectedDiscoveryTimeDoesNotRestartAPassedClock() throws {
        var scenario = Scenario()
        // Discovered at hour 0 but typed in at hour 10 (the caller rang late).
        let code = try scenario.report(discovered: S.start, typedAt: S.hours(10))
        // At hour 64 the clock is long overdue; discovery is set to hour 10, the latest it may be.
        try scenario.record(at: S.hours(64)) {
            try $0.correct(code, field: .discoveredAt, to: "2026-11-23 18:00", reason: "按系统记录")
        }
        #expect(DeadlinePolicy().deadline(for: scenario.subject(code))?.dueAt == S.hours(58))
        let assessment = assessed(scenario, code, at: 65)
        #expect(assessment.first.dueAt == S.hours(48), "the deadline as it stood when it passed")
        #expect(assessment.first.verdict == .missed && assessment.first.lateBy == 16 * 3600)
    }

    @Test func aRegradeDownDoesNotEraseAMissedPressConference() throws {
        var scenario = Scenario()
        let code = try scenario.report(grade: .major)
        try scenario.record(at: S.hours(30)) { try $0.regrade(code, to: .general, at: nil) }
        try scenario.record(at: S.hours(31)) { try $0.respond(code, method: .portal, text: "通报", at: nil) }
        let assessment = assessed(scenario, code, at: 40)
        #expect(assessment.first.kind == .pressConference && assessment.first.verdict == .missed)
        #expect(assessment.first.lateBy == 6 * 3600, "from its due time until the regrade took it off that clock")
    }

    @Test func aMilestoneTypedAfterTheBreachCountsWhenItHappenedAndIsListedAsLateRecorded() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(50)) { try $0.respond(code, method: .portal, text: "情况说明", at: S.hours(47)) }
        let assessment = assessed(scenario, code, at: 51)
        #expect(assessment.first.verdict == .onTime && assessment.missed.isEmpty)
        let late = try #require(assessment.lateRecorded.first)
        #expect(late.kind == .response && late.dueAt == S.hours(48))
        #expect(late.happenedAt == S.hours(47) && late.recordedAt == S.hours(50) && late.operatorName == "值班员")
        let stats = TimelinessFigures(name: "", cases: [scenario.subject(code)], policy: DeadlinePolicy(), now: S.hours(51))
        #expect(stats.onTime == 1 && stats.lateRecorded == 1)
    }

    @Test func aFollowUpFilledInAfterItsDueTimeIsLateRecordedAndAMissedOneStaysMissed() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(2)) { try $0.respond(code, method: .portal, text: "首次", at: nil) }
        // The follow-up was due at hour 26; at hour 30 one is typed for hour 25.
        try scenario.record(at: S.hours(30)) { try $0.respond(code, method: .portal, text: "补", at: S.hours(25)) }
        // The next was due at hour 49; at hour 60 the case is closed "at hour 48".
        try scenario.record(at: S.hours(60)) { try $0.close(code, reason: .resolved, at: S.hours(48)) }
        let assessment = assessed(scenario, code, at: 70)
        #expect(assessment.lateRecorded.map(\.dueAt) == [S.hours(26)])
        #expect(assessment.missed.map(\.dueAt) == [S.hours(49)])
        #expect(assessment.missed.first?.lateBy == 11 * 3600)
    }

    @Test func aCaseThatNeverBreachedIsJudgedAsBefore() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(5)) { try $0.respond(code, method: .portal, text: "通报", at: S.hours(4)) }
        let assessment = assessed(scenario, code, at: 20)
        #expect(assessment.first.verdict == .onTime && assessment.lateRecorded.isEmpty && assessment.missed.isEmpty)
    }

    // MARK: - 第一时间报告 (issue 13): a 重大/特别重大 opinion is reported to both offices within the hour.

    func majorOpinion(_ scenario: inout Scenario) throws -> String {
        let code = try scenario.report(grade: .none)
        var weighty = Triage(at: S.start)
        weighty.level = .major
        try scenario.record(at: S.start) { try $0.triage(code, weighty) }
        return code
    }

    @Test func aMajorOpinionHasAFirstReportClockUntilBothOfficesAreReportedTo() throws {
        var scenario = Scenario()
        let code = try majorOpinion(&scenario)
        let policy = DeadlinePolicy()
        #expect(policy.firstReportDeadline(for: scenario.subject(code))?.dueAt == S.hours(1))
        try scenario.record(at: S.hours(0.5)) { try $0.reportUp(code, UpwardReport(recipient: "县政府办公室", method: .dutyPhone, at: S.hours(0.5))) }
        #expect(policy.firstReportDeadline(for: scenario.subject(code)) != nil, "one office is not both")
        let standing = CaseStanding(scenario.subject(code), policy: policy, now: S.hours(0.9))
        #expect(standing.mostUrgent?.isFirstReport == true, "the hour is the most urgent clock on the row")
        try scenario.record(at: S.hours(0.8)) { try $0.reportUp(code, UpwardReport(recipient: "县网信办", method: .opinionPlatform, at: S.hours(0.8))) }
        #expect(policy.firstReportDeadline(for: scenario.subject(code)) == nil)
        let assessment = assessed(scenario, code, at: 5)
        #expect(assessment.firstReportDue && assessment.firstReportMissed == nil)
    }

    @Test func aFirstReportTypedLateButDatedInTimeIsLateRecordedAndAMissedOneIsListed() throws {
        var scenario = Scenario()
        let onTime = try majorOpinion(&scenario)
        for office in ["县政府办公室", "县网信办"] {
            try scenario.record(at: S.hours(3)) { try $0.reportUp(onTime, UpwardReport(recipient: office, method: .dutyPhone, at: S.hours(0.5))) }
        }
        let late = assessed(scenario, onTime, at: 5)
        #expect(late.firstReportMissed == nil && late.lateRecorded.map(\.kind) == [.firstReport])
        let never = try majorOpinion(&scenario)
        let missed = assessed(scenario, never, at: 5)
        #expect(missed.firstReportMissed?.lateBy == 4 * 3600 && missed.missed.contains { $0.kind == .firstReport })
        let general = try scenario.report()
        #expect(!assessed(scenario, general, at: 5).firstReportDue, "一般 opinion is not reported 第一时间")
    }
}
