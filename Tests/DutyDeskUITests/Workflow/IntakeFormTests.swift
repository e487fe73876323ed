import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct IntakeFormTests {
    typealias F = ConsoleFixture
    let size = (width: 100, height: 30)

    func typed(_ text: String, into state: inout ConsoleState) {
        for character in text { state.handle(.character(character), now: F.now, size: size) }
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func intakeSnapshot(size: (Int, Int), language: Language) throws {
        var state = F.state(language)
        state.handle(.character("n"), now: F.now, size: size)
        typed("网传城关镇自来水发黄", into: &state)
        let frame = ConsoleScreen.frame(state, width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(frame.grid), named: "intake-\(size.0)x\(size.1)-\(language.rawValue)")
        let cursor = try #require(frame.cursor)
        #expect(frame.grid.text(row: cursor.y).contains("网传城关镇自来水发黄"))
    }

    @Test func fourKeysAndTheTextMakeARequestWithTheDefaults() throws {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: size)
        typed("学校周边网吧接纳未成年人", into: &state)
        state.handle(.tab, now: F.now, size: size)
        state.handle(.character("1"), now: F.now, size: size)
        state.handle(.control("s"), now: F.now, size: size)
        let requests = state.takeRequests()
        guard case .report(let intake)? = requests.last else { Issue.record("\(requests)"); return }
        #expect(intake.title == "学校周边网吧接纳未成年人")
        #expect(intake.locality == "城关镇", "the most used locality has hotkey 1")
        #expect(intake.channel == .dutyPhone && intake.grade == .none && intake.level == .general)
        #expect(intake.discoveredAt == F.now, "the clock starts when the form opened")
        #expect(requests.dropLast().allSatisfy { if case .saveDraft = $0 { true } else { false } })
    }

    @Test func aMissingLocalityIsShownBesideTheFieldAndNothingIsRequested() {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: size)
        typed("事由", into: &state)
        _ = state.takeRequests()
        state.handle(.control("s"), now: F.now, size: size)
        #expect(state.takeRequests().isEmpty)
        let field = state.openForm?.form.fields.first { $0.id == .locality }
        #expect(field?.message != nil)
        #expect(state.openForm?.form.fields[state.openForm!.form.focus].id == .locality)
    }

    @Test func aRefusalFromTheLedgerGoesBesideItsField() {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: size)
        state.handle(.refused(.inFuture(field: .discoveredAt, value: F.now, now: F.now), message: "不能登记未来的时间"), now: F.now)
        #expect(state.openForm?.form.fields.first { $0.id == .discovered }?.message == "不能登记未来的时间")
        let grid = ConsoleScreen.render(state, width: 100, height: 30, now: F.now)
        #expect(grid.text.contains("不能登记未来的时间"))
    }

    /// Typing stops at the EventDrafter's limit, with the counter beside the title; a longer title (a
    /// restored draft) refused by the ledger shows its message beside the title.
    @Test func theTitleStopsAtTheDraftersLimitAndItsRefusalGoesBesideIt() throws {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: size)
        typed(String(repeating: "网", count: EventDrafter.titleLimit + 5), into: &state)
        let form = try #require(state.openForm?.form)
        #expect(form.text(.title).count == EventDrafter.titleLimit)
        #expect(ConsoleScreen.render(state, width: 100, height: 30, now: F.now).text.contains("100/100"))
        let error = DraftRefusal.tooLong(field: .title, length: 101, limit: 100)
        let message = Strings.chinese.recordingError(error, timeZone: F.zone)
        state.handle(.refused(error, message: message), now: F.now)
        #expect(state.openForm?.form.fields.first { $0.id == .title }?.message == message)
    }

    @Test func f2LinksTheReportToTheLikelyDuplicateInstead() {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: size)
        typed("锦绣花园小区自来水发黄", into: &state)
        #expect(ConsoleScreen.render(state, width: 100, height: 30, now: F.now).text.contains("F2 关联到 YQ-20261122-001"))
        _ = state.takeRequests()
        state.handle(.function(2), now: F.now, size: size)
        #expect(state.takeRequests() == [.link(code: "YQ-20261122-001",
                                               report: LinkedReport(channel: .dutyPhone, note: "锦绣花园小区自来水发黄"))])
    }

    @Test func aSavedCaseClosesTheFormAndIsSelected() {
        var state = F.state()
        state.handle(.character("n"), now: F.now, size: size)
        state.handle(.recordedOnCase(code: "YQ-20261121-002", notice: "已登记 YQ-20261121-002"), now: F.now)
        #expect(state.openForm == nil && state.notice == "已登记 YQ-20261121-002")
        #expect(state.selected.flatMap { state.desk[$0]?.code } == "YQ-20261121-002")
    }

    @Test func aSurvivingDraftIsOfferedAndYRestoresIt() {
        var state = F.state(draftOffer: DraftOffer(fields: [.title: "草稿事由", .locality: "城关镇", .channel: "weibo"],
                                                    openedAt: F.ago(0.2), savedAt: F.ago(0.1), operatorName: "李娜"))
        #expect(ConsoleScreen.render(state, width: 100, height: 30, now: F.now).text.contains("发现未保存的电话登记草稿（李娜"))
        state.handle(.character("y"), now: F.now, size: size)
        #expect(state.openForm?.form.text(.title) == "草稿事由")
        #expect(state.openForm?.form.choice(.channel) == "weibo")
        #expect(state.openForm?.form.isDirty == true, "restored text counts as typed")
    }

    /// The call came in when the form was opened, not at the last keystroke before the crash: a
    /// restored draft with no discovery typed keeps that moment, and so do its next saves.
    @Test func aRestoredDraftKeepsTheDiscoveryTimeFromWhenTheFormOpened() {
        var state = F.state(draftOffer: DraftOffer(fields: [.title: "草稿事由", .locality: "城关镇"], openedAt: F.ago(0.5),
                                                    savedAt: F.ago(0.1), operatorName: "李娜"))
        state.handle(.character("y"), now: F.now, size: size)
        typed("！", into: &state)
        guard case .saveDraft(_, let openedAt)? = state.takeRequests().last else { Issue.record("no draft saved"); return }
        #expect(openedAt == F.ago(0.5))
        state.handle(.control("s"), now: F.now, size: size)
        guard case .report(let intake)? = state.takeRequests().last else { Issue.record("no report"); return }
        #expect(intake.title == "草稿事由！" && intake.discoveredAt == F.ago(0.5))
    }

    /// A draft saved before a locality was picked keeps it as empty text; restored, the form asks
    /// for it beside the field, as it would have before the restart, and records nothing.
    @Test func aRestoredDraftWithNoLocalityIsAskedForItByTheForm() {
        var state = F.state(draftOffer: DraftOffer(fields: [.title: "草稿事由", .locality: "", .channel: "", .unit: ""],
                                                    openedAt: F.ago(0.5), savedAt: F.ago(0.1), operatorName: "李娜"))
        state.handle(.character("y"), now: F.now, size: size)
        #expect(state.openForm?.form.choice(.locality) == nil && state.openForm?.form.choice(.channel) == "phone")
        state.handle(.control("s"), now: F.now, size: size)
        #expect(!state.takeRequests().contains { if case .report = $0 { true } else { false } })
        #expect(state.openForm?.form.fields.first { $0.id == .locality }?.message == "必填")
    }

    @Test func nDiscardsTheDraft() {
        var state = F.state(draftOffer: DraftOffer(fields: [.title: "草稿"], openedAt: F.now, savedAt: F.now, operatorName: "李娜"))
        state.handle(.character("n"), now: F.now, size: size)
        #expect(state.draftOffer == nil && state.openForm == nil)
        #expect(state.takeRequests() == [.discardDraft])
    }
}
