import DutyDeskCore
import DutyDeskGrid
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
            try! Recorder(state: state.desk, now: F.ago(3), timeZone: F.zone)
                .instruct(flood, leader: "县长", text: "尽快公布积水点排查结果", dueAt: F.ago(-3)),
            try! Recorder(state: state.desk, now: F.ago(3), timeZone: F.zone).acknowledge(flood, unit: "县应急管理局"),
        ] {
            seq += 1
            state.desk.apply(Event(seq: seq, id: "meeting-\(seq)", recordedAt: F.ago(3), recordedBy: "李娜",
                                   caseID: draft.caseID, body: draft.body))
        }
        state.select(code: flood)
        state.handle(.character(" "), now: F.now, size: size)
        state.select(code: state.desk.cases.first { $0.title.hasPrefix("G205") }!.code)
        state.handle(.character(" "), now: F.now, size: size)
        state.handle(.character("M"), now: F.now, size: size)
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
