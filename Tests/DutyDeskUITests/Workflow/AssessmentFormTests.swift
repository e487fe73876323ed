import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct AssessmentFormTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture
    let size = (width: 100, height: 30)

    func type(_ text: String, into state: inout ConsoleState) { R.type(text, into: &state) }

    func opened() -> ConsoleState {
        var state = R.state()
        state.handle(.character("A"), now: F.now, size: size)
        state.handle(.character("n"), now: F.now, size: size)
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theAssessmentForm(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("assessment", keys: [.character("A"), .character("n")] + "老旧小区加装电梯补贴办法".map(Key.character),
                             size: size, language: language)
    }

    @Test func anAssessmentTypedInChineseBecomesOneRequest() {
        var state = opened()
        #expect(state.openForm?.purpose == .assessment)
        type("老旧小区加装电梯补贴办法", into: &state)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("2"), now: F.now, size: size)   // 县卫健委, on to the day
        type("明天", into: &state)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("1"), now: F.now, size: size)   // 舆情跟踪
        state.handle(.character("4"), now: F.now, size: size)   // 会商分析
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("2"), now: F.now, size: size)   // 中
        type("低楼层住户可能反对", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("逐栋征求意见", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("周明", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests() == [.assess(AssessmentRequest(
            title: "老旧小区加装电梯补贴办法", unit: "县卫健委", plannedOn: CivilTime(year: 2026, month: 11, day: 24),
            methods: [.tracking, .consultation], riskLevel: .medium, risks: "低楼层住户可能反对", plan: "逐栋征求意见",
            reviewedBy: "周明"))])
    }

    @Test func anUnreadableDayIsShownBesideItAndNothingIsAsked() {
        var state = opened()
        type("电梯补贴", into: &state)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("1"), now: F.now, size: size)
        type("下周", into: &state)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("1"), now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.tab, now: F.now, size: size)
        type("周明", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().isEmpty)
        let planned = state.openForm?.form.fields.first { $0.id == .planned }
        #expect(planned?.message == "无法识别日期「下周」（如 2026-12-10、今天、明天）")
    }

    @Test func aRefusalFromTheLedgerLandsBesideItsField() {
        var state = opened()
        state.handle(.refused(.emptyField(name: .reviewedBy), message: "审核人不能为空"), now: F.now)
        #expect(state.openForm?.form.fields.first { $0.id == .reviewedBy }?.message == "审核人不能为空")
        state.handle(.recordedOnDesk(notice: "已记录：风险评估"), now: F.now)
        #expect(state.openForm == nil && state.notice == "已记录：风险评估")
    }
}
