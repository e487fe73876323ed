import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct QueuePreviewTests {
    typealias F = ConsoleFixture

    static func standing(_ title: String, in desk: DeskState = F.desk) -> CaseStanding {
        CaseStanding(desk.cases.first { $0.title.contains(title) }!, policy: DeadlinePolicy(), now: F.now)
    }

    /// Judge it, give it a unit, meet its clock, chase the instruction; nothing once closed.
    @Test func theNextStepFollowsTheWorkInOrder() {
        #expect(QueuePreview.nextStep(Self.standing("学区").subject, Self.standing("学区")) == .triage)
        #expect(QueuePreview.nextStep(Self.standing("猪肉").subject, Self.standing("猪肉")) == nil)
        var desk = F.desk
        func record(_ build: (EventDrafter) throws -> EventDraft) {
            let draft = try! build(EventDrafter(state: desk, now: F.now, timeZone: F.zone))
            desk.apply(Event(seq: desk.lastSeq + 1, id: "p-\(desk.lastSeq + 1)", recordedAt: F.now, operatorName: "张伟",
                             caseID: draft.caseID, body: draft.body))
        }
        let flood = Self.standing("暴雨").subject.code
        record { try $0.triage(flood, Triage(at: F.now, verification: .pending)) }
        #expect(QueuePreview.nextStep(Self.standing("暴雨", in: desk).subject, Self.standing("暴雨", in: desk)) == .pressConference)
        record { try $0.instruct(flood, leader: "王县长", text: "今日回应", dueAt: F.now.addingTimeInterval(600)) }
        #expect(QueuePreview.nextStep(Self.standing("暴雨", in: desk).subject, Self.standing("暴雨", in: desk)) == .reportBack)
        let school = Self.standing("小学").subject.code
        record { try $0.triage(school, Triage(at: F.now, verification: .pending)) }
        #expect(QueuePreview.nextStep(Self.standing("小学", in: desk).subject, Self.standing("小学", in: desk)) == .assign)
    }

    /// A 重大 opinion owes its first report before anything else while that clock runs.
    @Test func theFirstReportComesFirst() throws {
        var desk = F.desk
        var intake = EventDrafter.Intake(title: "网传县城中考取消体育", locality: "城关镇")
        intake.level = .major
        intake.discoveredAt = F.now.addingTimeInterval(-600)
        let draft = try EventDrafter(state: desk, now: F.now, timeZone: F.zone).report(intake, newCaseID: CaseID("first"))
        desk.apply(Event(seq: desk.lastSeq + 1, id: "first", recordedAt: F.now, operatorName: "张伟", caseID: draft.caseID,
                         body: draft.body))
        let standing = Self.standing("中考取消体育", in: desk)
        #expect(standing.mostUrgent?.isFirstReport == true)
        #expect(QueuePreview.nextStep(standing.subject, standing) == .reportUp)
    }

    @Test(arguments: [Language.chinese, .english])
    func thePreviewNamesUnitsClockAndNextStep(language: Language) {
        let strings = ConsoleStrings.table(for: language)
        let lines = QueuePreview.lines(F.state(language), Self.standing("暴雨"), width: 120, now: F.now)
            .map { $0.map(\.text).joined() }
        #expect(lines[0] == "暴雨致河西街道多处道路积水，车辆被淹视频在微博传播")
        #expect(lines.contains { $0.contains(UnitRole.lead.name(in: language) + " 县应急管理局") })
        #expect(lines.contains { $0.contains(strings.domain.deadlineKind(.pressConference)) })
        let school = QueuePreview.lines(F.state(language), Self.standing("小学"), width: 120, now: F.now)
            .map { $0.map(\.text).joined() }
        #expect(school.contains(strings.preview.next + " t " + strings.action(.triage)))
    }
}
