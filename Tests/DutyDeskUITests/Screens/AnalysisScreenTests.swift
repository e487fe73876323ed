import DutyDeskCore
import DutyDeskGrid
import Foundation
import Testing
@testable import DutyDeskUI

@Suite struct AnalysisScreenTests {
    typealias F = ConsoleFixture
    typealias R = DeskRecordFixture

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func theMonthsAnalysis(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("analysis", keys: [.character("Y")], size: size, language: language)
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.chinese, .english])
    func aCasesAnalysis(size: (Int, Int), language: Language) throws {
        try R.assertSnapshot("analysis-case", keys: [.enter, .character("Y")], selecting: "G205", size: size,
                             language: language)
    }

    @Test func aBarIsAsLongAsItsShareOfTheLargestAndEndsInItsNumber() {
        let table = ReportTable(columns: [.init("channel", "渠道"), .init("cases", "事件")],
                                rows: [[.text("微博"), .integer(4)], [.text("值班电话"), .integer(2)]], emptyText: "（无）")
        let lines = AnalysisScreen.chart(table, width: 40)
        let bars = lines.map { $0.map(\.text).joined() }
        #expect(bars[0].contains("微博") && bars[0].hasSuffix(" 4") && bars[1].hasSuffix(" 2"))
        let full = bars[0].filter { $0 == "█" }.count, half = bars[1].filter { $0 == "█" }.count
        #expect(full > 0 && half == full / 2, "\(bars)")
    }

    @Test func aShareIsDrawnAgainstAHundredPercentAndAMissingOneIsADash() {
        let table = ReportTable(columns: [.init("unit", "单位"), .init("cases", "事件"), .init("share", "按时率")],
                                rows: [[.text("县水务局"), .integer(3), .share(0.5)], [.text("县公安局"), .integer(1), .share(nil)]],
                                emptyText: "（无）")
        let lines = AnalysisScreen.chart(table, width: 40)
        #expect(lines[0].contains { $0.role == .clockOverdue } && lines[0].last?.text == " 50.0%")
        #expect(lines[1].last?.text == "—")
    }

    @Test func theMonthFromTheQueueTheCaseFromItsDetail() throws {
        var state = R.state()
        state.handle(.character("Y"), now: F.now, size: (80, 24))
        #expect(state.screen == .analysis(nil))
        state.handle(.escape, now: F.now, size: (80, 24))
        state.select(code: R.code("G205"))
        state.handle(.enter, now: F.now, size: (80, 24))
        state.handle(.character("Y"), now: F.now, size: (80, 24))
        #expect(state.screen == .analysis(try #require(state.desk.findCase(code: R.code("G205"))?.id)))
    }

    @Test func theBodyScrollsWithinItsLength() {
        var state = R.state()
        state.handle(.character("Y"), now: F.now, size: (80, 24))
        state.handle(.character("G"), now: F.now, size: (80, 24))
        let limit = AnalysisScreen.maxScroll(state, caseID: nil, in: Rect.body(width: 80, height: 24, banner: false), now: F.now)
        #expect(limit > 0 && state.reportScroll == limit)
        state.handle(.character("g"), now: F.now, size: (80, 24))
        #expect(state.reportScroll == 0)
    }
}
