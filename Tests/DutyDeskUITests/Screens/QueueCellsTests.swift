import DutyDeskCore
import DutyDeskTestSupport
import DutyDeskText
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct QueueCellsTests {
    typealias F = ConsoleFixture

    /// A row's cells are the case's own words made safe, its grade or level, and the clock that
    /// queues it, in the role that colours it.
    @Test func aRowIsTheCaseInItsColumns() throws {
        let state = F.state()
        let standing = try #require(state.rows(now: F.now).first { $0.subject.report.locality == "临江镇" })
        let cells = QueueCells.cells(standing, strings: state.strings)
        #expect(cells[.code]?.text == standing.subject.code)
        #expect(cells[.locality]?.text == "临江镇")
        #expect(cells[.unit]?.text == "县公安局")
        #expect(cells[.clock]?.text == state.strings.domain.urgentClock(standing, compact: true))
        #expect(cells[.clock]?.role == Roles.clock(standing.mostUrgent?.band))
        #expect(Set(cells.keys) == Set(QueueLayout.deskColumns), "every column of a desk's queue; the 值班台 is the city's row's")
        #expect(QueueCells.text(.clock, of: standing.subject, strings: state.strings).isEmpty, "the clock is read at a moment")
    }

    /// A closed case's summary gives the cells its case gives, in both languages; only a pending
    /// draft's stage is left to the case.
    @Test(arguments: [Language.chinese, .english])
    func aSummaryGivesTheCellsOfItsCase(language: Language) throws {
        var shift = RandomShift(seed: 7)
        shift.record(3000)
        let strings = ConsoleStrings.table(for: language)
        let desk = shift.state
        let closed = desk.cases.filter { $0.closure != nil }
        try #require(closed.count > 40)
        for subject in closed {
            let summary = CaseList.Summary(subject)
            for column in QueueLayout.Column.allCases where column != .title {
                let text = QueueCells.text(column, of: summary, strings: strings)
                if column == .status, subject.pendingDrafts.isEmpty == false {
                    #expect(text == nil, "\(subject.code)")
                } else {
                    #expect(text == QueueCells.text(column, of: subject, strings: strings), "\(subject.code) \(column)")
                }
            }
        }
    }

    /// Where a pending draft waits is no wider than any status the column shows in both languages,
    /// so a queue with a release on its way gives its titles no cell less (120 columns: 30
    /// characters whole).
    @Test(arguments: [Language.chinese, .english])
    func aDraftsStageIsNoWiderThanTheStatusColumnsName(language: Language) {
        let strings = F.state(language).strings
        let words = strings.domain.release
        let stages = [words.shortConfirming.replacingOccurrences(of: "{}", with: "9"), words.shortSigning, words.shortPublishing]
        let narrowestStatus = strings.columns.statuses.values.map { DisplayWidth.of($0) }.min() ?? 0
        for stage in stages {
            #expect(DisplayWidth.of(stage) <= narrowestStatus, "\(stage)")
        }
    }
}
