import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct ReportScreenTests {
    typealias F = ConsoleFixture

    static func anchored(_ language: Language = .chinese, reviewing: Date? = nil) -> ConsoleState {
        var state = F.state(language, reviewing: reviewing)
        state.handle(.anchored(LedgerAnchor(eventCount: state.desk.eventCount, headHash: String(repeating: "ab", count: 32))),
                     now: F.now)
        return state
    }

    @Test(arguments: [Language.chinese, .english])
    func theHandoverScreen(language: Language) throws {
        var state = Self.anchored(language)
        state.handle(.character("H"), now: F.now, size: (120, 40))
        #expect(state.screen == .report(.handover))
        let grid = ConsoleScreen.render(state, width: 120, height: 40, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "handover-120x40-\(language.rawValue)")
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theStatisticsScreen(size: (Int, Int), language: Language) throws {
        var state = F.state(language)
        state.handle(.character("S"), now: F.now, size: size)
        #expect(state.screen == .statistics)
        let grid = ConsoleScreen.render(state, width: size.0, height: size.1, now: F.now)
        try Snapshot.assert(Snapshot.text(grid), named: "statistics-\(size.0)x\(size.1)-\(language.rawValue)")
    }

    @Test func tabCyclesTheKindsAndTheBodyScrollsWithinItsLength() {
        var state = Self.anchored()
        state.handle(.character("D"), now: F.now, size: (80, 24))
        #expect(state.screen == .report(.daily))
        var seen: [ReportKind] = []
        for _ in ReportKind.console {
            if case .report(let kind) = state.screen { seen.append(kind) }
            state.handle(.tab, now: F.now, size: (80, 24))
        }
        #expect(Set(seen) == Set(ReportKind.console))
        state.handle(.character("H"), now: F.now, size: (80, 24))
        #expect(state.openForm?.purpose == .handover)
        state.handle(.escape, now: F.now, size: (80, 24))

        var handover = Self.anchored()
        handover.handle(.character("H"), now: F.now, size: (80, 24))
        handover.handle(.end, now: F.now, size: (80, 24))
        let limit = handover.reportScroll
        #expect(limit > 0)
        handover.handle(.pageDown, now: F.now, size: (80, 24))
        #expect(handover.reportScroll == limit)
        handover.handle(.home, now: F.now, size: (80, 24))
        #expect(handover.reportScroll == 0)
    }

    /// At 80 columns a wide table (the statistics' twelve figures) is one card per row, every
    /// figure beside its label; where it fits it stays a table.
    @Test func aTableThatDoesNotFitBecomesCardsWithEveryFigureLabelled() {
        let table = ReportTable(columns: [.init("unit", "责任单位"), .init("cases", "事件数"), .init("share", "按时率"),
                                          .init("firstReleaseMedian", "首次回应中位（小时）"), .init("left", "剩余时间")],
                                rows: [[.text("县住建局"), .integer(3), .text("66.7%"), .text("12.0"),
                                        ReportCell(text: "超时 02:00:00", json: .int(-7200))]],
                                emptyText: "（无）")
        func text(_ lines: [ReportScreen.Line]) -> [String] { lines.map { $0.map(\.text).joined() } }
        let wide = text(ReportScreen.table(table, width: 120))
        #expect(wide.count == 2 && wide[0].hasPrefix("责任单位"), "\(wide)")
        let narrow = ReportScreen.table(table, width: 40)
        #expect(text(narrow) == ["▸ 县住建局", "  事件数               3", "  按时率               66.7%",
                                 "  首次回应中位（小时） 12.0", "  剩余时间             超时 02:00:00"], "\(text(narrow))")
        #expect(narrow.last?.last?.role == .clockOverdue, "an overdue countdown stands out on a card too")
    }

    @Test func barsAreBlocksWithEighthsAtTheEnd() {
        #expect(StatisticsScreen.bar(1, width: 4) == "████")
        #expect(StatisticsScreen.bar(0.5, width: 4) == "██")
        // 0.3 of 32 eighths is 9.6, rounded to 10: one block and two eighths.
        #expect(StatisticsScreen.bar(0.3, width: 4) == "█▎")
        #expect(StatisticsScreen.bar(0, width: 4) == "")
    }

    @Test func aReviewOfThePastCannotHandOver() {
        var state = Self.anchored(reviewing: F.now)
        state.handle(.character("H"), now: F.now, size: (80, 24))
        state.handle(.character("H"), now: F.now, size: (80, 24))
        #expect(state.openForm == nil)
        #expect(state.notice != nil)
    }
}
