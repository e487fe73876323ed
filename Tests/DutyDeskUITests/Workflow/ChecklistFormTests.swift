import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskUI

/// `K` ticks an item of the case's response plan: the item is a choice of those still to do; the
/// detail and the meeting page show what is left.
@Suite struct ChecklistFormTests {
    typealias F = ConsoleFixture

    /// The fixture's flood case, regraded with a plan of three items, the first ticked.
    static let desk: DeskState = {
        var desk = F.desk
        let flood = desk.cases.first { $0.report.title.hasPrefix("暴雨") }!
        var seq = desk.lastSeq
        func apply(_ at: Date, _ body: EventBody) {
            seq += 1
            desk.apply(Event(seq: seq, id: "checklist-\(seq)", recordedAt: at, operatorName: "王芳", caseID: flood.id, body: body))
        }
        apply(F.ago(18), .caseRegraded(grade: .major, at: F.ago(18), checklist: ["第一时间报告", "收集权威信息", "起草通稿"]))
        apply(F.ago(17), .checklistTicked(ChecklistTick(item: "第一时间报告", at: F.ago(17.5))))
        return desk
    }()

    static var flood: Case { desk.cases.first { $0.report.title.hasPrefix("暴雨") }! }

    static func state(_ language: Language) -> ConsoleState {
        ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: DeadlinePolicy(),
                     strings: ConsoleStrings.table(for: language), timeZone: F.zone, settings: DeskSettings(), reviewing: nil,
                     draftOffer: nil, agenda: [])
    }

    @Test func theFormOffersTheItemsStillToDo() {
        let form = CaseActionForms.make(.tickChecklist, for: Self.flood, desk: Self.desk, settings: DeskSettings(),
                                        language: .chinese, openedAt: F.now)
        #expect(form.fields.map(\.id) == [.checklistItem, .at])
        guard case .choice(let choice) = form.fields[0].kind else { Issue.record("not a choice"); return }
        #expect(choice.options.map(\.code) == ["收集权威信息", "起草通稿"])
        #expect(CaseActionForms.action(.tickChecklist, from: form, now: F.now, timeZone: F.zone)
                == .tickChecklist(item: "收集权威信息", at: F.now))
    }

    @Test func aCaseWithNothingLeftToDoSaysSoBeforeTheForm() {
        let water = Self.desk.cases.first { $0.report.unit == "县水务局" }!
        #expect(CaseActionKind.tickChecklist.refusal(for: water)
                == .unknownChecklistItem(code: water.code, item: "", unticked: []))
        #expect(CaseActionKind.tickChecklist.refusal(for: Self.flood) == nil)
        #expect(Action.tickChecklist.records)
    }

    @Test(arguments: [Language.chinese, .english])
    func theChecklistFormAt80x24(language: Language) throws {
        var state = Self.state(language)
        state.select(code: Self.flood.code)
        state.handle(.character("K"), now: F.now, size: (80, 24))
        #expect(state.openForm != nil)
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "checklist-form-80x24-\(language.rawValue)")
    }

    @Test(arguments: [Language.chinese, .english])
    func theDetailShowsTheChecklistAt80x24(language: Language) throws {
        var state = Self.state(language)
        state.select(code: Self.flood.code)
        state.handle(.enter, now: F.now, size: (80, 24))
        let text = Snapshot.text(ConsoleScreen.render(state, width: 80, height: 24, now: F.now))
        try Snapshot.assert(text, named: "checklist-detail-80x24-\(language.rawValue)")
    }
}
