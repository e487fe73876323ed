import DutyDeskCore
import DutyDeskGrid
import DutyDeskTestSupport
import Foundation
import Testing
@testable import DutyDeskUI

/// Meeting mode as a pure function: the agenda marked from the queue, one case per page, at the
/// projector's size and at the smallest the console supports.
@Suite struct MeetingScreenTests {
    typealias F = ConsoleFixture

    /// The fixture, with a leader's instruction and an acknowledgement on the flood case, then the
    /// flood and the overturned truck marked (in that order) and the agenda open.
    static func meeting(_ language: Language = .chinese, size: (Int, Int) = (80, 24)) -> ConsoleState {
        var state = F.state(language)
        let flood = state.desk.cases.first { $0.title.hasPrefix("暴雨") }!.code
        var seq = state.desk.lastSeq
        for draft in [
            try! EventDrafter(state: state.desk, now: F.ago(3), timeZone: F.zone)
                .instruct(flood, leader: "县长", text: "尽快公布积水点排查结果", dueAt: F.ago(-3)),
            try! EventDrafter(state: state.desk, now: F.ago(3), timeZone: F.zone).acknowledge(flood, unit: "县应急管理局"),
        ] {
            seq += 1
            state.apply(Event(seq: seq, id: "meeting-\(seq)", recordedAt: F.ago(3), operatorName: "李娜",
                                   caseID: draft.caseID, body: draft.body))
        }
        state.select(code: flood)
        state.handle(.character(" "), now: F.now, size: size)
        state.select(code: state.desk.cases.first { $0.title.hasPrefix("G205") }!.code)
        state.handle(.character(" "), now: F.now, size: size)
        state.handle(.character("M"), now: F.now, size: size)
        // The marks' own saves (the agenda file) are the setup's, not the meeting's.
        _ = state.takeRequests()
        return state
    }

    @Test(arguments: [(80, 24), (160, 45)], [Language.chinese, .english])
    func eachPageOfTheAgenda(size: (Int, Int), language: Language) throws {
        var state = Self.meeting(language, size: size)
        #expect(state.screen == .meeting)
        #expect(state.agenda.count == 2)
        for page in 1...2 {
            let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
            try Snapshot.assert(Snapshot.text(grid), named: "meeting-\(size.0)x\(size.1)-\(language.rawValue)-\(page)")
            state.handle(.pageDown, now: F.now, size: size)
        }
    }

    @Test func theClockIsDrawnLargeAndSaidInWords() {
        let state = Self.meeting(size: (160, 45))
        let grid = ConsoleScreen.render(state, width: 160, height: 45, now: F.now)
        let subject = state.desk[state.focusedCase!]!
        let seconds = CaseStanding(subject, policy: state.policy, now: F.now).secondsLeft!
        let rows = BigDigits.rows(BigDigits.clock(seconds, dayMark: "天"), scale: 2)
        #expect(rows.count == 10)
        // The block rows stand in the grid exactly as drawn, one under another.
        let top = (0..<grid.height).first { grid.text(row: $0).hasPrefix(" " + rows[0]) }
        #expect(top != nil)
        for (offset, row) in rows.enumerated() { #expect(grid.text(row: top! + offset).hasPrefix(" " + row)) }
        #expect(grid.text.contains(state.strings.domain.countdown(seconds)))
    }

    /// The big clock reads as the words do: 1天23:57:14, not 47:57:14.
    @Test func theBigClockShowsDaysAsTheWordsDo() {
        #expect(BigDigits.clock(86_400 + 23 * 3600 + 57 * 60 + 14, dayMark: "天") == "1天23:57:14")
        #expect(BigDigits.clock(3 * 3600, dayMark: "d") == "03:00:00")
        #expect(BigDigits.clock(-(2 * 86_400 + 60), dayMark: "d") == "-2d00:01:00")
        #expect(F.state().strings.domain.countdown(86_400 + 23 * 3600 + 57 * 60 + 14) == "1天23:57:14")
        #expect(BigDigits.rows("1天", scale: 1).allSatisfy { !$0.isEmpty })
        #expect(BigDigits.width("1天") == 7, "each glyph three wide, one blank between")
    }

    /// A long release on the flood case and a judgement with a note: the release is wrapped,
    /// never cut, and ↓ scrolls to its end; the judgement is told once, not again in the timeline.
    @Test(arguments: [(80, 24), (160, 45)])
    func aLongResponseWrapsAndScrollsAndTheJudgementIsToldOnce(size: (Int, Int)) throws {
        var state = Self.meeting(size: size)
        let flood = try #require(state.desk[state.focusedCase!]).code
        let text = (1...60).map { "第\($0)处积水点已排查完毕并设置绕行提示" }.joined(separator: "，") + "。"
        var triage = Triage(at: F.ago(2), verification: .confirmed)
        triage.note = "积水点排查结果须当日公布"
        var seq = state.desk.lastSeq
        for draft in [try EventDrafter(state: state.desk, now: F.ago(2), timeZone: F.zone).triage(flood, triage),
                      try EventDrafter(state: state.desk, now: F.ago(1), timeZone: F.zone)
                          .respond(flood, method: .portal, text: text, at: nil)] {
            seq += 1
            state.apply(Event(seq: seq, id: "long-\(seq)", recordedAt: F.ago(1), operatorName: "李娜",
                                   caseID: draft.caseID, body: draft.body))
        }
        // The scrolling pane: the right column at 160, the one column below the clock at 80.
        let paneX = size.0 >= MeetingScreen.twoColumnWidth ? size.0 * 3 / 5 + 2 : 1
        func paneRow(_ grid: Grid, _ y: Int) -> String { (paneX..<grid.width).map { grid[$0, y].text }.joined() }
        var grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        let top = try #require((4..<grid.height).first { paneRow(grid, $0).hasPrefix("■") })
        let limit = MeetingScreen.maxScroll(state, in: Rect.body(width: size.0, height: size.1, banner: false), now: F.now)
        #expect(limit > 0, "the page is longer than the screen")
        #expect(grid.text.contains("↓ 还有"), "rows left below are said, not cut unseen")
        // Each ↓ brings one row up to the pane's top: those tops, then the last page, are every row.
        var rows: [String] = []
        for _ in 0..<limit {
            rows.append(paneRow(grid, top))
            state.handle(.down, now: F.now, size: size)
            grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        }
        rows += (top..<(grid.height - 1)).map { paneRow(grid, $0) }
        #expect(state.meetingScroll == limit && !grid.text.contains("↓ 还有"))
        let pane = rows.joined().filter { $0 != " " }
        #expect(pane.contains(text), "the whole release, wrapped: \(rows.joined(separator: "\n"))")
        let screen = grid.text.filter { $0 != " " }
        let told = (pane + (paneX > 1 ? screen : "")).components(separatedBy: triage.note).count - 1
        #expect(told == 1, "the judgement's note told \(told) times")
        state.handle(.pageDown, now: F.now, size: size)
        #expect(state.meetingScroll == 0, "the next case starts at its top")
    }

    /// A 重大 opinion owes a first report on its own clock; the page says it beside the units,
    /// since the big clock is the release clock.
    @Test func aFirstReportStillOwedIsShown() throws {
        var state = Self.meeting()
        let flood = try #require(state.desk[state.focusedCase!]).code
        var triage = Triage(at: F.ago(2))
        triage.level = .major
        let draft = try EventDrafter(state: state.desk, now: F.ago(2), timeZone: F.zone).triage(flood, triage)
        state.apply(Event(seq: state.desk.lastSeq + 1, id: "level", recordedAt: F.ago(2), operatorName: "李娜",
                               caseID: draft.caseID, body: draft.body))
        let standing = CaseStanding(state.desk[state.focusedCase!]!, policy: state.policy, now: F.now)
        let report = try #require(standing.reportClock)
        let text = ConsoleScreen.render(state, width: 160, height: 45, now: F.now).text
        #expect(text.contains("■ 第一时间报告") && text.contains(state.strings.domain.clock(report)), "\(text)")
    }

    @Test func paging() {
        var state = Self.meeting()
        let first = state.focusedCase
        state.handle(.pageUp, now: F.now, size: (80, 24))
        #expect(state.agendaPage == 0)
        state.handle(.pageDown, now: F.now, size: (80, 24))
        #expect(state.agendaPage == 1 && state.focusedCase != first)
        state.handle(.pageDown, now: F.now, size: (80, 24))
        #expect(state.agendaPage == 1)
        state.handle(.left, now: F.now, size: (80, 24))
        #expect(state.focusedCase == first)
        state.handle(.escape, now: F.now, size: (80, 24))
        #expect(state.screen == .queue)
        #expect(state.agenda.count == 2, "the agenda stays marked after the meeting")
    }

    /// Every key a leader might press: only `h` opens a form (the joint meeting's), and nothing
    /// else asks the app to write.
    @Test func readOnlyButForTheMeetingForm() {
        for character in "ntarpmcsxfoReibdHD ".map(Key.character) + [.enter, .tab, .backTab, .function(2)] {
            var state = Self.meeting()
            state.handle(character, now: F.now, size: (80, 24))
            #expect(state.openForm == nil, "\(character) opened a form in the meeting")
            #expect(state.takeRequests().isEmpty)
        }
        var state = Self.meeting()
        let target = state.focusedCase
        state.handle(.character("h"), now: F.now, size: (80, 24))
        #expect(state.openForm?.purpose == .caseAction(.meeting, target!))
    }

    @Test func markingTogglesAndWithNothingMarkedTheAgendaIsTheSelectedCase() {
        var state = F.state()
        state.handle(.character(" "), now: F.now, size: (80, 24))
        #expect(state.agenda.count == 1)
        let marked = ConsoleScreen.render(state, width: 80, height: 24, now: F.now)
        #expect(marked.text.contains("●"))
        state.handle(.character(" "), now: F.now, size: (80, 24))
        #expect(state.agenda.isEmpty)
        state.handle(.character("M"), now: F.now, size: (80, 24))
        #expect(state.screen == .meeting && state.focusedCase == state.selected)
    }

    /// Each mark asks the app to keep the agenda (by case code) beside the ledger, and a restart
    /// restores it; a review of the past keeps its marks to itself.
    @Test func marksAreKeptAndRestoredByCode() {
        var state = F.state()
        let codes = state.desk.cases.prefix(2).map(\.code)
        for code in codes {
            state.select(code: code)
            state.handle(.character(" "), now: F.now, size: (80, 24))
        }
        #expect(state.takeRequests().last == .saveAgenda(codes))
        let restarted = F.state(agenda: codes.reversed() + ["YQ-20990101-001"])
        #expect(restarted.agenda.compactMap { restarted.desk[$0]?.code } == codes.reversed(), "an unknown code is dropped")
        var review = F.state(reviewing: F.now)
        review.handle(.character(" "), now: F.now, size: (80, 24))
        #expect(review.agenda.count == 1 && review.takeRequests().isEmpty)
    }
}

extension MeetingScreenTests {
    /// A role name too long for its column ("First responsible") is cut, never run into the unit.
    @Test func aLongRoleKeepsItsGapBeforeTheUnit() {
        var state = Self.meeting(.english)
        state.handle(.pageDown, now: F.now, size: (80, 24))
        let text = ConsoleScreen.render(state, width: 80, height: 24, now: F.now).text
        #expect(text.contains("First respon… 县公安局"), "\(text)")
    }
}
