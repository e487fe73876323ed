import Testing
@testable import DutyDeskUI

@Suite struct QueueLayoutTests {
    static let widths: [QueueLayout.Column: Int] = [.code: 15, .grade: 4, .locality: 8, .unit: 12, .status: 8, .clock: 13]

    @Test(arguments: [80, 100, 120, 200])
    func theTitleTakesEveryCellTheOthersLeave(width: Int) throws {
        let layout = QueueLayout(width: width, widths: Self.widths)
        let last = try #require(layout.columns.last)
        #expect(last.column == .clock)
        #expect(last.x + last.width == width, "the countdown ends at the right edge")
        for (column, _, columnWidth) in layout.columns where column != .title {
            #expect(columnWidth == Self.widths[column], "\(column) is as wide as what it holds")
        }
        for (left, right) in zip(layout.columns, layout.columns.dropFirst()) {
            #expect(right.x == left.x + left.width + 1, "one blank between \(left.column) and \(right.column)")
        }
    }

    @Test func narrowTerminalsDropUnitThenLocalityNeverStatus() {
        func shown(_ width: Int, _ widths: [QueueLayout.Column: Int] = Self.widths) -> [QueueLayout.Column] {
            QueueLayout(width: width, widths: widths).columns.map(\.column)
        }
        #expect(shown(120) == [.code, .grade, .title, .locality, .unit, .status, .clock])
        #expect(shown(100) == [.code, .grade, .title, .locality, .status, .clock])
        #expect(shown(80) == [.code, .grade, .title, .status, .clock])
        var wide = Self.widths
        wide[.clock] = 20
        wide[.status] = 10
        #expect(shown(80, wide) == [.code, .grade, .title, .status, .clock], "English: a long status and countdown")
        wide[.clock] = 30
        #expect(shown(80, wide) == [.code, .grade, .title, .status, .clock], "the status stays however narrow the title")
        #expect(QueueLayout(width: 80, widths: Self.widths).place(of: .title)!.width >= QueueLayout.minimumTitle)
    }
}
