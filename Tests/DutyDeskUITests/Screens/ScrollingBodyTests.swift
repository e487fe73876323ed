import DutyDeskGrid
import DutyDeskTestSupport
import Testing
@testable import DutyDeskUI

@Suite struct ScrollingBodyTests {
    static let body = Rect(x: 0, y: 2, width: 20, height: 6)

    /// The title row is not scrolled: five rows of lines under it, so twelve lines scroll seven.
    @Test func theLimitLeavesTheLastPageFull() {
        #expect(ScrollingBody.rows(in: Self.body) == 5)
        #expect(ScrollingBody.limit(lineCount: 12, in: Self.body) == 7)
        #expect(ScrollingBody.limit(lineCount: 3, in: Self.body) == 0)
    }

    @Test(arguments: [(Action.moveDown, 4), (.moveUp, 2), (.pageDown, 7), (.pageUp, 0), (.first, 0), (.last, 7)])
    func aMovementStaysWithinTheLimit(action: Action, expected: Int) {
        #expect(ScrollingBody.scrolled(3, by: action, page: 5, limit: 7) == expected)
    }

    /// A page of no rows still moves one, so paging a tiny screen is never stuck.
    @Test func anEmptyPageMovesOneRow() {
        #expect(ScrollingBody.scrolled(3, by: .pageDown, page: 0, limit: 7) == 4)
        #expect(ScrollingBody.scrolled(0, by: .moveUp, page: 5, limit: 7) == 0)
        #expect(ScrollingBody.scrolled(7, by: .moveDown, page: 5, limit: 7) == 7)
    }

    /// Drawn from the scroll position under the title row, one column in; a position past the end
    /// shows the last page, not an empty body.
    @Test func theLinesAreDrawnFromTheScrollPosition() {
        let lines = (1...8).map { [DetailScreen.Segment(text: "line \($0)", role: .normal)] }
        var grid = Grid(width: 20, height: 9)
        ScrollingBody.draw(lines, in: Self.body, scroll: 2, into: &grid)
        #expect(grid.text(row: 2).trimmingCharacters(in: .whitespaces).isEmpty, "the title row")
        #expect(grid.text(row: 3).hasPrefix(" line 3"))
        #expect(grid.text(row: 7).hasPrefix(" line 7"))
        var past = Grid(width: 20, height: 9)
        ScrollingBody.draw(lines, in: Self.body, scroll: 99, into: &past)
        #expect(past.text(row: 3).hasPrefix(" line 4"))
        #expect(past.text(row: 7).hasPrefix(" line 8"))
    }
}
