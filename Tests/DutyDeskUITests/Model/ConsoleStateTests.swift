import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct ConsoleStateTests {
    typealias F = ConsoleFixture
    let size = (width: 120, height: 30)

    func selectedCode(_ state: ConsoleState) -> String? { state.selected.flatMap { state.desk[$0]?.code } }

    @Test func theSelectionStaysOnItsCaseWhenNewCasesArriveAndRowsResort() throws {
        var state = F.state()
        state.handle(.down, now: F.now, size: size)
        state.handle(.down, now: F.now, size: size)
        let before = try #require(selectedCode(state))
        var desk = state.desk
        var intake = EventDrafter.Intake(title: "新来的超时事件", locality: "城关镇")
        intake.discoveredAt = F.ago(70)
        let draft = try EventDrafter(state: desk, now: F.now, timeZone: F.zone).report(intake, newCaseID: CaseID("new"))
        desk.apply(Event(seq: 100, id: "n", recordedAt: F.now, operatorName: "李娜", caseID: draft.caseID, body: draft.body))
        state.handle(.ledgerRead(desk), now: F.now)
        #expect(selectedCode(state) == before)
        #expect(state.rows(now: F.now).first?.subject.title == "新来的超时事件")
    }

    @Test func tabsSwitchLanesBothWays() {
        var state = F.state()
        #expect(state.lane == .all)
        state.handle(.tab, now: F.now, size: size)
        #expect(state.lane == .pendingTriage)
        #expect(state.rows(now: F.now).allSatisfy { $0.subject.status == .pendingTriage })
        state.handle(.backTab, now: F.now, size: size)
        state.handle(.backTab, now: F.now, size: size)
        #expect(state.lane == .closed)
        #expect(state.rows(now: F.now).map(\.subject.title) == ["网传“某超市销售病死猪肉”"])
    }

    @Test func searchFiltersLiveAndStaysUntilCleared() {
        var state = F.state()
        state.handle(.character("/"), now: F.now, size: size)
        for character in "积水" { state.handle(.character(character), now: F.now, size: size) }
        #expect(state.rows(now: F.now).count == 1)
        state.handle(.enter, now: F.now, size: size)
        #expect(state.filter == "积水" && state.searchDraft == nil)
        state.handle(.character("j"), now: F.now, size: size)
        #expect(state.rows(now: F.now).count == 1, "j moves, it does not type, once the search is applied")
        let grid = ConsoleScreen.render(state, width: 120, height: 30, now: F.now)
        #expect(grid.text(row: 29).contains("筛选：积水"))
        state.handle(.escape, now: F.now, size: size)
        #expect(state.filter.isEmpty && state.rows(now: F.now).count == 6)
    }

    /// On the queue a paste is no key at all; in the search line it is one line of text.
    @Test func aPasteActsAsNoKey() {
        var state = F.state()
        state.handle(.paste("nq\u{1B}t"), now: F.now, size: size)
        #expect(state.openForm == nil && !state.wantsQuit && state.screen == .queue)
        state.handle(.character("/"), now: F.now, size: size)
        state.handle(.paste("积\n水\u{1B}"), now: F.now, size: size)
        #expect(state.searchDraft == "积 水")
    }

    @Test func searchMatchesCodeLocalityAndCallerToo() {
        var state = F.state()
        state.search("东湖")
        #expect(state.rows(now: F.now).count == 1)
        state.search("yq-20261123")
        #expect(state.rows(now: F.now).count == 1)
        state.search("李女士")
        #expect(state.rows(now: F.now).count == 6)
    }

    @Test func enterOpensTheCaseAndEscReturnsWithTheSelectionKept() {
        var state = F.state()
        state.handle(.end, now: F.now, size: size)
        let chosen = state.selected
        state.handle(.enter, now: F.now, size: size)
        #expect(state.screen == .detail(chosen!))
        state.handle(.down, now: F.now, size: size)
        state.handle(.escape, now: F.now, size: size)
        #expect(state.screen == .queue && state.selected == chosen)
    }

    @Test func detailScrollingStopsAtTheEnd() {
        var state = F.state()
        state.handle(.enter, now: F.now, size: (80, 24))
        for _ in 0..<50 { state.handle(.down, now: F.now, size: (80, 24)) }
        let bottom = state.detailScroll
        state.handle(.up, now: F.now, size: (80, 24))
        #expect(state.detailScroll == max(0, bottom - 1))
    }

    @Test func quitHelpAndRedrawAreRequests() {
        var state = F.state()
        state.handle(.function(1), now: F.now, size: size)
        #expect(state.helpVisible)
        state.handle(.escape, now: F.now, size: size)
        #expect(!state.helpVisible)
        state.handle(.control("l"), now: F.now, size: size)
        #expect(state.wantsRedraw)
        state.handle(.function(10), now: F.now, size: size)
        #expect(state.wantsQuit)
    }
}

@Suite struct ReviewTests {
    @Test func aReviewOfThePastShowsItsMomentAndRefusesEveryForm() {
        var state = ConsoleFixture.state(reviewing: ConsoleFixture.ago(3))
        for key in "ntarpmcsxfoReihbd" {
            state.handle(.character(key), now: ConsoleFixture.now, size: (100, 30))
            #expect(state.openForm == nil, "\(key) opened a form")
        }
        let grid = ConsoleScreen.render(state, width: 100, height: 30, now: ConsoleFixture.now)
        #expect(grid.text(row: 2).contains("回看：台账截至 2026-11-23 11:00:00 的状态（只读）"))
        #expect(grid.text(row: 29).contains("只读"))
    }
}

/// What the app tells the console, through the same `handle` the keys use.
@Suite struct ConsoleEventTests {
    typealias F = ConsoleFixture

    @Test func aLockWaitShowsUntilTheSaveIsDroppedAndThenSaysSo() {
        var state = F.state()
        state.handle(.lockWait("台账被进程 4242 占用 3s"), now: F.now)
        #expect(state.ledgerWait == "台账被进程 4242 占用 3s")
        state.handle(.saveDropped(notice: "已取消保存"), now: F.now)
        #expect(state.ledgerWait == nil && state.notice == "已取消保存")
    }

    @Test func aHandoverClosesTheFormAndTheIncomingOperatorWorksTheConsole() {
        var state = F.state()
        state.press([.character("H"), .character("H")])
        #expect(state.openForm?.purpose == .handover)
        state.handle(.handedOver(to: "李娜", notice: "张伟 已交班给 李娜"), now: F.now)
        #expect(state.openForm == nil && state.operatorName == "李娜" && state.notice == "张伟 已交班给 李娜")
    }

    @Test func aRedrawIsAskedOnceAndDoneWhenTheAppSaysSo() {
        var state = F.state()
        state.press([.control("l")])
        #expect(state.wantsRedraw)
        state.handle(.redrawn, now: F.now)
        #expect(!state.wantsRedraw)
    }

    @Test func aDamagedLedgerPutsUpTheBannerAndTheBodyStartsARowLower() {
        var state = F.state()
        #expect(!state.hasBanner)
        state.handle(.ledgerHealth(.damaged(event: 3, location: "字节偏移 1204", reason: "哈希不符")), now: F.now)
        #expect(state.hasBanner)
        let grid = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        #expect(grid.text(row: 2).contains("台账损坏") && grid.text(row: 3).contains("编号"))
    }
}
