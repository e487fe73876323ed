import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// `ConsoleFixture`'s desk with a release on its way out: the water case has three co-operating
/// units, two of which agreed to its draft; it waits for 县住建局, then for 王县长's sign-off.
enum ReleaseFixture {
    typealias F = ConsoleFixture

    static let desk: DeskState = {
        var state = F.desk
        let water = state.cases[0].code
        for unit in ["县卫健委", "县住建局"] {
            state.record(at: F.ago(3)) { try $0.assign(water, unit: unit, role: .cooperating) }
        }
        state.record(at: F.ago(2)) {
            try $0.draftRelease(water, ReleaseDraft(method: .governmentWeibo, text: "经检测水质达标，发黄系水箱锈蚀",
                                                    channel: "@示范县发布", spokesperson: "赵强", signOffBy: "王县长"))
        }
        state.record(at: F.ago(1.5)) { try $0.confirmRelease(water, draft: nil, unit: "城关镇", objection: "", at: nil) }
        state.record(at: F.ago(1)) { try $0.confirmRelease(water, draft: nil, unit: "县卫健委", objection: "", at: nil) }
        state.record(at: F.ago(0.5)) { try $0.confirmRelease(water, draft: nil, unit: "县住建局", objection: "请写明更换期限", at: nil) }
        return state
    }()

    static var water: String { desk.cases[0].code }

    /// The desk a step further on: 县住建局 agrees on second reading, so the draft waits for its
    /// sign-off; and once signed off, for its publication.
    static let agreed = desk.recording(at: F.ago(0.25)) {
        try $0.confirmRelease(water, draft: nil, unit: "县住建局", objection: "", at: nil)
    }
    static let signedOff = agreed.recording(at: F.ago(0.25)) {
        try $0.signOffRelease(water, draft: nil, leader: "王县长", sentBackReason: "", at: nil)
    }

    static func state(_ language: Language = .chinese, desk: DeskState = desk) -> ConsoleState {
        var state = ConsoleState(desk: desk, deskName: "城关值班台", operatorName: "张伟", policy: DeadlinePolicy(),
                                 strings: ConsoleStrings.table(for: language), timeZone: F.zone)
        state.select(code: water)
        return state
    }

    static func assertSnapshot(_ name: String, keys: [Key], size: (Int, Int), language: Language,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        var state = Self.state(language)
        for key in keys { state.handle(key, now: F.now, size: size) }
        let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "\(name)-\(size.0)x\(size.1)-\(language.rawValue)",
                            sourceLocation: sourceLocation)
    }
}

@Suite struct ReleaseStepFormTests {
    typealias F = ConsoleFixture
    typealias R = ReleaseFixture

    @Test(arguments: [Language.chinese, .english])
    func theQueueShowsWhereTheReleaseWaits(language: Language) throws {
        try R.assertSnapshot("release-queue", keys: [], size: (80, 24), language: language)
    }

    @Test(arguments: [Language.chinese, .english])
    func theDetailListsEachUnitsWord(language: Language) throws {
        try R.assertSnapshot("release-detail", keys: [.enter] + Array(repeating: .down, count: 9), size: (80, 24),
                             language: language)
    }

    @Test(arguments: [Language.chinese, .english])
    func wOpensTheStepTheDraftWaitsFor(language: Language) throws {
        try R.assertSnapshot("release-confirm-form", keys: [.character("W")], size: (80, 24), language: language)
    }

    @Test func theQueueRowAndPreviewSayWhereItWaitsAndForHowLong() {
        let state = R.state()
        let text = Snapshot.text(ConsoleScreen.render(state, width: 120, height: 40, now: F.now))
        #expect(text.contains("待会签 2/3"), "\(text)")
        #expect(text.contains("稿1 待会签 2/3 · 待审定 王县长 2小时0分"), "\(text)")
    }

    @Test func eachStepIsAskedForInTurn() {
        var state = R.state()
        let subject = state.desk.findCase(code: R.water)!
        // The unit still to agree is offered first; an objection without text is refused beside it.
        state.handle(.character("W"), now: F.now, size: (100, 30))
        var form = try! #require(state.openForm?.form)
        #expect(form.choice(.unit) == "县住建局")
        #expect(form.choice(.draft) == subject.drafts[0].id)
        #expect(ReleaseStepForm.action(form, at: nil)
            == .confirmRelease(draft: subject.drafts[0].id, unit: "县住建局", objection: "", at: nil))
        form.fields[form.fields.firstIndex { $0.id == .verdict }!].kind = .choice(ChoiceField(
            options: [ChoiceOption(code: "agree", label: "同意"), ChoiceOption(code: "object", label: "有异议")],
            selected: "object", allowsNone: false))
        #expect(!ReleaseStepForm.check(&form, language: .chinese))
        #expect(form.fields.first { $0.id == .text }?.message == "内容 不能为空")

        // Once every unit agreed, the leader's form, the expected leader filled in.
        var agreed = R.desk
        agreed.apply(Event(seq: agreed.lastSeq + 1, id: "agreed", recordedAt: F.now, operatorName: "张伟", caseID: subject.id,
                           body: .releaseConfirmed(ReleaseConfirmation(draft: subject.drafts[0].id, unit: "县住建局",
                                                                       at: F.now))))
        let signOff = CaseActionForms.make(.releaseStep, for: agreed.findCase(code: R.water)!, desk: agreed,
                                           settings: DeskSettings(), language: .chinese, openedAt: F.now)
        #expect(signOff.text(.leader) == "王县长")
        #expect(signOff.title.hasPrefix("审定 · 稿1"))
        // With no pending draft, W writes one.
        let fresh = CaseActionForms.make(.releaseStep, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                         language: .chinese, openedAt: F.now)
        #expect(fresh.title.hasPrefix("起草稿1"))
    }

    /// The desk with a 口径 approved on the water case's topic, for the draft form's wording field.
    static let worded: DeskState = {
        var desk = F.desk
        desk.apply(Event(seq: desk.lastSeq + 1, id: "wording-1", recordedAt: F.ago(1), operatorName: "张伟", caseID: nil,
                         body: .wordingApproved(WordingApproval(topic: "二次供水水质", text: "经检测，水质各项指标达标",
                                                                leader: "王县长", at: F.ago(1)))))
        return desk
    }()

    @Test func theDraftFormOffersTheWordingsAndPicksOneIntoTheText() throws {
        var form = CaseActionForms.make(.releaseStep, for: Self.worded.cases[0], desk: Self.worded, settings: DeskSettings(),
                                        language: .chinese, openedAt: F.now)
        let wording = try #require(form.fields.firstIndex { $0.id == .wording })
        #expect(form.fields[wording + 1].id == .text, "the wording is offered just above the text it fills")
        form.focus = wording
        _ = form.handle(.character("1"))
        #expect(form.choice(.wording) == "wording-1")
        #expect(form.text(.text) == "经检测，水质各项指标达标")
        #expect(ReleaseStepForm.action(form, at: nil) == .draftRelease(ReleaseDraft(
            method: .authoritativeRelease, text: "经检测，水质各项指标达标", wording: WordingUse(id: "wording-1", topic: ""))))
        // Clearing the pick takes its text back; text the operator typed is never overwritten.
        form.focus = wording
        _ = form.handle(.delete)
        #expect(form.choice(.wording) == nil && form.text(.text).isEmpty)
        form.fields[wording + 1].kind = .area(TextArea("自拟稿"))
        form.focus = wording
        _ = form.handle(.character("1"))
        #expect(form.text(.text) == "自拟稿")
        // A desk with no wording offers no field for one.
        let plain = CaseActionForms.make(.releaseStep, for: F.desk.cases[0], desk: F.desk, settings: DeskSettings(),
                                         language: .chinese, openedAt: F.now)
        #expect(!plain.fields.contains { $0.id == .wording })
    }

    @Test(arguments: [Language.chinese, .english])
    func theDraftFormWithAWording(language: Language) throws {
        var state = ConsoleState(desk: Self.worded, deskName: "城关值班台", operatorName: "张伟", policy: DeadlinePolicy(),
                                 strings: ConsoleStrings.table(for: language), timeZone: F.zone)
        state.select(code: Self.worded.cases[0].code)
        for key in [Key.character("W"), .tab, .tab, .tab, .tab, .character("1")] { state.handle(key, now: F.now, size: (80, 24)) }
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "release-draft-wording-80x24-\(language.rawValue)")
    }

    @Test func aSubmittedFormAsksTheRunnerToRecordTheStep() {
        var state = R.state()
        state.handle(.character("W"), now: F.now, size: (100, 30))
        state.handle(.control("s"), now: F.now, size: (100, 30))
        let requests = state.takeRequests()
        let subject = R.desk.findCase(code: R.water)!
        #expect(requests.contains(.act(code: R.water, action: .confirmRelease(draft: subject.drafts[0].id, unit: "县住建局",
                                                                                objection: "", at: F.now))), "\(requests)")
    }
}
