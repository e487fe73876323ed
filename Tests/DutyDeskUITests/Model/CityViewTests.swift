import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

/// The city view over two county desks: one queue by due time with each case's desk, counts per
/// desk, `:desk` and Tab to show one desk, and every recording key refused in words.
@Suite struct CityViewTests {
    static let zone = ConsoleFixture.zone
    static let now = ConsoleFixture.now

    /// A second county with one case near its breach and one closed.
    static let county: DeskState = {
        var state = DeskState()
        state.record(at: ConsoleFixture.ago(100), by: "王芳", idPrefix: "county") { _ in
            EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: "county", deskID: "330106", createdAt: ConsoleFixture.ago(100))))
        }
        for (index, (title, hours)) in [("西溪湿地游船侧翻传言", 45.0), ("网传某中学食堂饭菜变质", 70.0)].enumerated() {
            var intake = EventDrafter.Intake(title: title, locality: "西溪街道")
            intake.discoveredAt = ConsoleFixture.ago(hours)
            state.record(at: ConsoleFixture.ago(hours), by: "王芳", idPrefix: "county") {
                try $0.report(intake, newCaseID: CaseID("county-case-\(index)"))
            }
        }
        let closed = state.cases[1].code
        state.record(at: ConsoleFixture.ago(60), by: "王芳", idPrefix: "county") { try $0.close(closed, reason: .duplicate, at: nil) }
        return state
    }()

    static func view(_ language: Language = .chinese) -> CityView {
        CityView(desks: [CityView.Desk(code: "330102", state: ConsoleFixture.desk), CityView.Desk(code: "330106", state: county)],
                 name: "杭州市", operatorName: "市值班员", policy: DeadlinePolicy(),
                 strings: ConsoleStrings.table(for: language), timeZone: zone)
    }

    @Test func oneQueueOfEveryDesksOpenCasesByDueTime() {
        let rows = Self.view().rows(now: Self.now)
        #expect(rows.count == ConsoleFixture.desk.cases.count { $0.status != .closed } + 1)
        #expect(rows.contains { $0.desk == "330106" && $0.standing.subject.title == "西溪湿地游船侧翻传言" })
        #expect(!rows.contains { $0.standing.subject.title == "网传某中学食堂饭菜变质" }, "a closed case leaves the queue")
        let due = rows.map { $0.standing.mostUrgent?.deadline.dueAt ?? .distantFuture }
        #expect(due == due.sorted())
    }

    @Test func theDeskCommandAndTabShowOneDeskAndEscapeAllAgain() {
        var view = Self.view()
        for key in ":desk 330106".map({ Key.character($0) }) + [.enter] { view.handle(key, now: Self.now) }
        #expect(view.deskFilter == "330106")
        #expect(view.rows(now: Self.now).allSatisfy { $0.desk == "330106" })
        view.handle(.escape, now: Self.now)
        #expect(view.deskFilter == nil)
        view.handle(.tab, now: Self.now)
        #expect(view.deskFilter == "330102")
        view.handle(.tab, now: Self.now)
        view.handle(.tab, now: Self.now)
        #expect(view.deskFilter == nil, "Tab walks the desks and comes back to all of them")
        for key in ":desk 4401".map({ Key.character($0) }) + [.enter] { view.handle(key, now: Self.now) }
        #expect(view.deskFilter == nil && view.notice == "没有值班台 4401")
        for key in ":unit 县水务局".map({ Key.character($0) }) + [.enter] { view.handle(key, now: Self.now) }
        #expect(view.notice == CityStrings.chinese.commands)
    }

    /// Showing one desk narrows the queue, never the header's overdue count: another desk's
    /// missed deadline stays in the city's figure.
    @Test func theOverdueCountCoversEveryDeskWhicheverIsShown() {
        var view = Self.view()
        let all = view.overdueCount(now: Self.now)
        let overdueHere = ConsoleFixture.desk.cases.count {
            $0.status != .closed && CaseStanding($0, policy: DeadlinePolicy(), now: Self.now).mostUrgent?.band == .overdue
        }
        #expect(overdueHere > 0 && all >= overdueHere)
        for key in ":desk 330106".map({ Key.character($0) }) + [.enter] { view.handle(key, now: Self.now) }
        #expect(view.overdueCount(now: Self.now) == all)
        let text = CityScreen.render(view, width: 80, height: 24, now: Self.now).text
        #expect(text.contains("\(view.strings.overdueCount) \(all)"), "\(text)")
    }

    @Test func everyKeyThatRecordsOnADeskIsRefusedInWordsAndNoOtherKey() throws {
        for action in [Action.newReport, .triage, .respond, .close, .note, .reopen, .releaseStep] {
            var view = Self.view(.english)
            let key = try #require(Keymap.bindings.first { $0.action == action && $0.contexts.contains(.queue) }?.keys.first)
            view.handle(key, now: Self.now)
            #expect(view.notice?.hasPrefix("The city view reads only but for instructions (i)") == true,
                    "\(action): \(view.notice ?? "nothing said")")
            #expect(view.openForm == nil)
        }
        // Keys that only read on a desk's console are not the city's; they say so, not "read-only".
        for action in [Action.mark, .meetingMode, .search, .reports] {
            var view = Self.view(.english)
            let binding = try #require(Keymap.bindings.first { $0.action == action && $0.contexts.contains(.queue) })
            view.handle(try #require(binding.keys.first), now: Self.now)
            #expect(view.notice == fill(ConsoleStrings.english.keyNotHere, binding.label), "\(action): \(view.notice ?? "")")
        }
    }

    /// `i` opens the desk console's own instruction form on the selected case; saving hands the
    /// instruction, with the case's desk and code, to the app, and the form stays until it is recorded.
    @Test func anInstructionIsWrittenForTheSelectedCasesOwnDesk() throws {
        var view = Self.view()
        let rows = view.rows(now: Self.now)
        let index = try #require(rows.firstIndex { $0.desk == "330106" })
        for _ in 0..<index { view.handle(.down, now: Self.now) }
        view.handle(.character("i"), now: Self.now)
        let open = try #require(view.openForm)
        #expect(open.purpose == .caseAction(.instruct, rows[index].standing.subject.id) && view.formDesk == "330106")
        #expect(view.context == .form)
        for key in Array("王市长").map({ Key.character($0) }) + [.tab] + Array("今日内回应").map({ Key.character($0) })
            + [.tab] + Array("23:30").map({ Key.character($0) }) + [.control("s")] {
            view.handle(key, now: Self.now)
        }
        let saved = view.takeInstructions()
        #expect(saved.count == 1 && saved.first?.desk == "330106" && saved.first?.code == rows[index].standing.subject.code)
        guard case .instruct(let leader, let text, _)? = saved.first?.action else {
            Issue.record("not an instruction: \(saved)")
            return
        }
        #expect(leader == "王市长" && text == "今日内回应")
        #expect(view.takeInstructions().isEmpty, "each saved instruction is handed over once")
        #expect(view.openForm != nil, "open until the desk has recorded it")
        view.refused(.emptyField(name: .leader), message: "批示领导不能为空")
        #expect(view.openForm?.form.fields.first { $0.id == .leader }?.message == "批示领导不能为空")
        view.recorded(on: "330106", state: Self.county, notice: "已记录")
        #expect(view.openForm == nil && view.formDesk == nil && view.notice == "已记录")
    }

    @Test func aReviewOfThePastOpensNoInstructionForm() {
        var view = Self.view()
        view.reviewing = Self.now
        view.handle(.character("i"), now: Self.now)
        #expect(view.openForm == nil && view.notice == view.strings.domain.usage.reviewIsReadOnly)
    }
}
