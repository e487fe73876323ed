import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// Supervised items (督办) on the queue: the fixture desk plus a leader's instruction fifteen
/// minutes overdue on a case with 46 hours left, and a meeting action half an hour from due
/// (past 75 %) on a case with 22 hours left.
@Suite struct QueueScreenTests {
    typealias F = ConsoleFixture

    static func code(_ title: String) -> String { F.desk.cases.first { $0.title.contains(title) }!.code }

    static func state(_ language: Language = .chinese) -> ConsoleState {
        var desk = F.desk
        func record(_ at: Date, _ build: (Recorder) throws -> EventDraft) {
            let draft = try! build(Recorder(state: desk, now: at, timeZone: F.zone))
            desk.apply(Event(seq: desk.lastSeq + 1, id: "item-\(desk.lastSeq + 1)", recordedAt: at, recordedBy: "张伟",
                             caseID: draft.caseID, body: draft.body))
        }
        record(F.ago(1.5)) { try $0.instruct(code("学区"), leader: "王县长", text: "今日回应", dueAt: F.ago(0.25)) }
        let meeting = JointMeeting(at: F.ago(3), attendees: ["政府办"], decisions: "当日公布检测结果",
                                   actions: [JointMeeting.Task(text: "公布检测结果", unit: "县水务局",
                                                               dueAt: F.now.addingTimeInterval(1800))])
        record(F.ago(3)) { try $0.holdMeeting(code("自来水"), meeting) }
        var state = F.state(language)
        state.desk = desk
        state.reconcile(now: F.now)
        return state
    }

    @Test(arguments: [Language.chinese, .english])
    func supervisedItemsSnapshot(language: Language) throws {
        let grid = ConsoleScreen.render(Self.state(language), width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "queue-supervised-80x24-\(language.rawValue)")
    }

    /// The row shows the item's clock, marked 督, with its step in words; the case sorts by it.
    @Test func anOverdueInstructionIsOnItsCasesRowAndSortsIt() throws {
        let grid = ConsoleScreen.render(Self.state(), width: 120, height: 24, now: F.now)
        let rows = (0..<grid.height).map { grid.text(row: $0) }.filter { $0.contains("YQ-") }
        #expect(rows.count == 6)
        let instructed = try #require(rows.firstIndex { $0.contains(Self.code("学区")) })
        #expect(rows[instructed].contains("督 超时 00:15:00"), "\(rows[instructed])")
        #expect(instructed == 1, "after the case two hours overdue, before every case with time left")
        let tasked = try #require(rows.firstIndex { $0.contains(Self.code("自来水")) })
        #expect(rows[tasked].contains("督 00:30:00 紧急"), "\(rows[tasked])")
        #expect(tasked == 2)
        let clock = QueueLayout(width: 120).place(of: .clock)!.x
        let y = try #require((0..<grid.height).first { grid.text(row: $0).contains(Self.code("自来水")) })
        #expect(grid[clock, y].role == .clockCritical)
    }

    @Test func theHeaderCountsACaseOverdueByItsInstruction() {
        #expect(ConsoleScreen.render(F.state(), width: 100, height: 24, now: F.now).text(row: 0).contains("超时 1 "))
        #expect(ConsoleScreen.render(Self.state(), width: 100, height: 24, now: F.now).text(row: 0).contains("超时 2 "))
    }
}
