import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// `L`, the 口径库 form: approving a topic's wording and withdrawing an active one become the requests
/// `EventDrafter.approveWording` / `withdrawWording` take; a missing field is refused beside it.
@Suite struct WordingFormTests {
    typealias F = ConsoleFixture
    let size = (width: 100, height: 30)

    /// The fixture's desk with one wording offered, so the withdrawal has one to pick.
    static func state(_ language: Language = .chinese) -> ConsoleState {
        let desk = F.desk.recording(at: F.ago(2)) {
            try $0.approveWording(topic: "自来水水质", text: "经检测，出厂水各项指标均符合国家标准", leader: "王县长", at: nil)
        }
        return ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: DeadlinePolicy(),
                            strings: ConsoleStrings.table(for: language), timeZone: F.zone, settings: DeskSettings())
    }

    func type(_ text: String, into state: inout ConsoleState) { DeskRecordFixture.type(text, into: &state) }

    @Test func lOpensTheFormFromTheQueueAndTheDetail() {
        var state = Self.state()
        state.handle(.character("L"), now: F.now, size: size)
        #expect(state.openForm?.purpose == .wording)
        var detail = Self.state()
        detail.handle(.enter, now: F.now, size: size)
        detail.handle(.character("L"), now: F.now, size: size)
        #expect(detail.openForm?.purpose == .wording)
    }

    @Test func anApprovalTypedInChineseBecomesOneRequest() {
        var state = Self.state()
        state.handle(.character("L"), now: F.now, size: size)
        state.handle(.character("1"), now: F.now, size: size)   // 审定新口径, on to the topic
        type("暴雨积水", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("排水已全力组织，请市民绕行低洼路段", into: &state)
        state.handle(.tab, now: F.now, size: size)
        type("赵副县长", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests() == [.wording(.approve(topic: "暴雨积水", text: "排水已全力组织，请市民绕行低洼路段",
                                                           leader: "赵副县长", at: F.now))])
    }

    @Test func aWithdrawalPicksAnActiveWordingAndSaysWhy() {
        var state = Self.state()
        state.handle(.character("L"), now: F.now, size: size)
        state.handle(.character("2"), now: F.now, size: size)   // 撤回口径, on to the topic
        for _ in 0..<4 { state.handle(.tab, now: F.now, size: size) }
        state.handle(.character("1"), now: F.now, size: size)   // 自来水水质, on to the reason
        type("检测结果更新", into: &state)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests() == [.wording(.withdraw(topic: "自来水水质", reason: "检测结果更新"))])
    }

    @Test(arguments: [Language.chinese, .english])
    func theChosenOperationsFieldsAreRequiredAndNothingIsAsked(language: Language) {
        var state = Self.state(language)
        state.handle(.character("L"), now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().isEmpty)
        let form = state.openForm?.form
        func message(_ id: FieldID) -> String? { form?.fields.first { $0.id == id }?.message }
        #expect(message(.topic) != nil && message(.text) != nil && message(.leader) != nil)
        #expect(message(.wording) == nil && message(.reason) == nil, "a withdrawal's fields are not an approval's")
        let focused = form.flatMap { form in form.focusedIndex.map { form.fields[$0].id } }
        #expect(focused == .topic, "the topmost problem takes the focus")
        if language == .chinese { #expect(message(.topic) == "话题 不能为空") }
        var withdrawing = Self.state(language)
        withdrawing.handle(.character("L"), now: F.now, size: size)
        withdrawing.handle(.character("2"), now: F.now, size: size)
        withdrawing.handle(.control("s"), now: F.now, size: size)
        #expect(withdrawing.takeRequests().isEmpty)
        let other = withdrawing.openForm?.form
        #expect(other?.fields.first { $0.id == .wording }?.message != nil && other?.fields.first { $0.id == .reason }?.message != nil)
        #expect(other?.fields.first { $0.id == .topic }?.message == nil)
    }

    /// The drafter's refusal goes beside the field it is about, and the form stays open.
    @Test func aTopicTakenIsRefusedBesideTheTopic() {
        var state = Self.state()
        state.handle(.character("L"), now: F.now, size: size)
        state.handle(.refused(.wording(.topicTaken(topic: "自来水水质", leader: "王县长", at: F.ago(2))), message: "话题已有口径"),
                     now: F.now)
        #expect(state.openForm?.form.fields.first { $0.id == .topic }?.message == "话题已有口径")
        state.handle(.refused(.wording(.withdrawn(topic: "自来水水质", reason: "过时")), message: "已撤回"), now: F.now)
        #expect(state.openForm?.form.fields.first { $0.id == .wording }?.message == "已撤回")
    }

    /// The topic typed to approve and the wording picked to withdraw are two fields: a refusal of
    /// either goes beside its own, never beside the other.
    @Test func anEmptyTopicAndAnEmptyWordingAreRefusedEachBesideItsField() {
        func message(_ field: FieldID, after refusal: DraftRefusal) -> String? {
            var state = Self.state()
            state.handle(.character("L"), now: F.now, size: size)
            state.handle(.refused(refusal, message: "不能为空"), now: F.now)
            let form = state.openForm?.form
            #expect(form?.fields.filter { $0.message != nil }.map(\.id) == [field], "\(refusal)")
            return form?.fields.first { $0.id == field }?.message
        }
        #expect(message(.topic, after: .emptyField(name: .topic)) == "不能为空")
        #expect(message(.wording, after: .emptyField(name: .wording)) == "不能为空")
    }

    /// The form's own check of a withdrawal names the wording, as the drafter would.
    @Test func anEmptyWithdrawalNamesTheWording() {
        var state = Self.state()
        state.handle(.character("L"), now: F.now, size: size)
        state.handle(.character("2"), now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.openForm?.form.fields.first { $0.id == .wording }?.message == "口径 不能为空")
    }

    @Test func noWordingIsRecordedWhileReviewingThePast() {
        var state = ConsoleFixture.state(reviewing: F.now)
        state.handle(.character("L"), now: F.now, size: size)
        #expect(state.openForm == nil && state.notice != nil)
    }
}
