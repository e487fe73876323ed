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
        var events = [Event(seq: 1, id: "e1", recordedAt: Self.start, recordedBy: "o", caseID: CaseID("c"),
                            body: .caseReported(report))]
        for (index, step) in steps.enumerated() {
            events.append(Event(seq: index + 2, id: "e\(index + 2)", recordedAt: at(step.0), recordedBy: "o",
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
        let missed = Timeliness.missedDeadlines(of: subject([response(10), response(40)]), policy: DeadlinePolicy(),
                                                now: at(70))
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
}
