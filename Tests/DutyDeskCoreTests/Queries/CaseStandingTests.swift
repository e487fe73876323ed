import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct CaseStandingTests {
    typealias S = Scenario

    /// Two open cases, the second with a leader's instruction due four hours after it was issued.
    static func desk() throws -> (Scenario, first: String, instructed: String) {
        var scenario = Scenario()
        let first = try scenario.report("网传自来水发黄")
        let instructed = try scenario.report("化工园区异味", discovered: S.hours(1))
        try scenario.record(at: S.hours(2)) { try $0.instruct(instructed, leader: "王县长", text: "今日回应", dueAt: S.hours(6)) }
        return (scenario, first, instructed)
    }

    /// The case clock has two days left, the instruction is an hour overdue: the case is queued,
    /// shown and counted by the instruction's clock.
    @Test func anOverdueInstructionIsTheCasesMostUrgentClock() throws {
        let (scenario, first, instructed) = try Self.desk()
        let queue = CaseQueries.queue(scenario.state, policy: DeadlinePolicy(), now: S.hours(7), includeClosed: false)
        #expect(queue.map(\.subject.code) == [instructed, first])
        let standing = try #require(queue.first)
        #expect(standing.secondsLeft == 42 * 3600 && standing.band == .fresh)
        #expect(standing.mostUrgent?.item?.text == "今日回应")
        #expect(standing.mostUrgent?.secondsLeft == -3600 && standing.mostUrgent?.band == .overdue)
        #expect(standing.isOverdue && !queue[1].isOverdue)
        #expect(standing.itemClocks.map(\.deadline.dueAt) == [S.hours(6)])
    }

    @Test func anItemsStepsAreItsOwn() throws {
        let (scenario, _, instructed) = try Self.desk()
        let subject = scenario.subject(instructed)
        let warning = CaseStanding(subject, policy: DeadlinePolicy(), now: S.hours(4.5))
        #expect(warning.mostUrgent?.band == .warning && warning.band == .fresh && !warning.isOverdue)
        let critical = CaseStanding(subject, policy: DeadlinePolicy(), now: S.hours(5.5))
        #expect(critical.mostUrgent?.band == .critical && critical.mostUrgent?.item != nil)
    }

    @Test func aDoneItemLeavesTheCaseOnItsOwnClock() throws {
        let (desk, first, instructed) = try Self.desk()
        var scenario = desk
        try scenario.record(at: S.hours(5)) { try $0.completeItem(instructed, item: nil) }
        let queue = CaseQueries.queue(scenario.state, policy: DeadlinePolicy(), now: S.hours(7), includeClosed: false)
        #expect(queue.map(\.subject.code) == [first, instructed])
        #expect(queue[1].itemClocks.isEmpty && queue[1].mostUrgent == queue[1].clock && !queue[1].isOverdue)
    }

    @Test func onATieTheCasesOwnClockIsShown() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.instruct(code, leader: "王县长", text: "同时回应", dueAt: S.hours(48)) }
        let standing = CaseStanding(scenario.subject(code), policy: DeadlinePolicy(), now: S.hours(2))
        #expect(standing.itemClocks.count == 1 && standing.mostUrgent?.item == nil)
    }

    /// Closing a case stops its clocks, its items' included: the queue counts what is being handled.
    @Test func aClosedCasesItemsDoNotRun() throws {
        let (desk, _, instructed) = try Self.desk()
        var scenario = desk
        try scenario.record(at: S.hours(3)) { try $0.close(instructed, reason: .resolved, at: nil) }
        let standing = CaseStanding(scenario.subject(instructed), policy: DeadlinePolicy(), now: S.hours(7))
        #expect(standing.itemClocks.isEmpty && standing.mostUrgent == nil && !standing.isOverdue)
    }
}
