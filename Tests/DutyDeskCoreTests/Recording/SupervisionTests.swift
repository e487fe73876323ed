import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct SupervisionTests {
    typealias S = Scenario

    @Test func anInstructionIsASupervisedItemWithItsOwnClockUntilDone() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.notAhead(field: .due, value: S.hours(1), now: S.hours(2))) {
            try scenario.record(at: S.hours(2)) { try $0.instruct(code, leader: "王县长", text: "当日回应", dueAt: S.hours(1)) }
        }
        try scenario.record(at: S.hours(2)) { try $0.instruct(code, leader: "王县长", text: "当日回应", dueAt: S.hours(6)) }
        var item = try #require(scenario.subject(code).supervisedItems.first)
        #expect(item.source == "王县长" && item.isOpen)
        #expect(item.deadline.secondsLeft(at: S.hours(5)) == 3600 && item.deadline.band(at: S.hours(5)) == .critical)
        try scenario.record(at: S.hours(3)) { try $0.reportBack(code, item: nil, text: "已联系水务局") }
        try scenario.record(at: S.hours(4)) { try $0.completeItem(code, item: item.id) }
        item = try #require(scenario.subject(code).supervisedItems.first)
        #expect(item.reportsBack.map(\.text) == ["已联系水务局"] && item.completedAt == S.hours(4))
        #expect(throws: DraftRefusal.noOpenItem(code: code)) {
            try scenario.record(at: S.hours(5)) { try $0.reportBack(code, item: nil, text: "x") }
        }
    }

    @Test func meetingActionsWithDueTimesBecomeSupervisedItems() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        let meeting = JointMeeting(at: S.hours(3), attendees: ["政府办", "县水务局"], decisions: "当日公布检测结果",
                                   actions: [JointMeeting.Task(text: "公布检测结果", unit: "县水务局", dueAt: S.hours(8)),
                                             JointMeeting.Task(text: "持续关注舆情", unit: "网信办")])
        try scenario.record(at: S.hours(4)) { try $0.holdMeeting(code, meeting) }
        let subject = scenario.subject(code)
        #expect(subject.supervisedItems.map(\.text) == ["公布检测结果"])
        #expect(subject.supervisedItems.first?.unit == "县水务局" && subject.supervisedItems.first?.issuedAt == S.hours(3))
        #expect(subject.timeline.last?.happenedAt == S.hours(3))
        #expect(throws: DraftRefusal.emptyField(name: .decisions)) {
            try scenario.record(at: S.hours(4)) {
                try $0.holdMeeting(code, JointMeeting(at: S.hours(3), attendees: [], decisions: " ", actions: []))
            }
        }
    }
}
