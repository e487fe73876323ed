import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct DecisionFormTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture
    let size = (width: 100, height: 30)

    func type(_ text: String, into state: inout ConsoleState) { R.type(text, into: &state) }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theDecisionForm(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("decision", keys: [.character("w"), .character("2")], selecting: "城关镇锦绣花园", size: size,
                             language: language)
    }

    @Test func aDecisionTypedInChineseBecomesOneRequestNamingTheCaseInFocus() {
        var state = R.state()
        let code = R.code("城关镇锦绣花园")
        state.select(code: code)
        state.handle(.character("w"), now: F.now, size: size)
        #expect(state.openForm?.purpose == .decision && state.openForm?.form.text(.cases) == code)
        state.handle(.character("2"), now: F.now, size: size)   // 约谈, on to the unit
        state.handle(.character("3"), now: F.now, size: size)   // 县水务局
        type("张建国", into: &state)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("2"), now: F.now, size: size)   // 工作消极、不作为且整改不到位
        state.handle(.tab, now: F.now, size: size)              // the case, as it was filled in
        type("11月超时通报", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("周明", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests() == [.decide(AccountabilityDecision(
            measure: .interview, unit: "县水务局", person: "张建国", trigger: .passive, cases: [code], report: "11月超时通报",
            decidedBy: "周明", at: F.now))])
    }

    @Test func whoDecidedIsRequiredAndNothingIsAsked() {
        var state = R.state()
        state.handle(.character("w"), now: F.now, size: size)
        state.handle(.character("4"), now: F.now, size: size)
        state.handle(.character("1"), now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().isEmpty)
        #expect(state.openForm?.form.fields.first { $0.id == .trigger }?.message != nil)
        #expect(state.openForm?.form.fields.first { $0.id == .decidedBy }?.message != nil)
    }

    @Test func anUnknownCaseIsRefusedBesideTheCasesAndTheFormStays() {
        var state = R.state()
        state.handle(.character("w"), now: F.now, size: size)
        state.handle(.refused(.unknownCase(code: "YQ-1"), message: "没有编号为 YQ-1 的事件"), now: F.now)
        #expect(state.openForm?.form.fields.first { $0.id == .cases }?.message == "没有编号为 YQ-1 的事件")
    }

    @Test func codesMayBeSeparatedAsOperatorsTypeThem() {
        #expect(DecisionForm.codes("YQ-1 YQ-2，YQ-3、YQ-4,YQ-5") == ["YQ-1", "YQ-2", "YQ-3", "YQ-4", "YQ-5"])
    }

    @Test func noDecisionWhileReviewingThePast() {
        var state = R.state(reviewing: F.now)
        state.handle(.character("w"), now: F.now, size: size)
        #expect(state.openForm == nil && state.notice != nil)
    }
}
