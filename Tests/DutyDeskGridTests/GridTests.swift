import DutyDeskTestSupport
import Testing
@testable import DutyDeskGrid

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndAreNeverSplitAtTheEdge() {
        var grid = Grid(width: 7, height: 2)
        let used = grid.put("ab城关镇", x: 0, y: 0, role: .row, ellipsis: false)
        #expect(used == 6)
        #expect(grid.text(row: 0) == "ab城关 ")
        #expect(grid[2, 0].width == 2 && grid[3, 0].isContinuation)
        #expect(grid.text(row: 1) == "       ", "nothing wraps")
    }

    @Test func clippedTextEndsInAnEllipsisWithinItsWidth() {
        var grid = Grid(width: 20, height: 1)
        let used = grid.put("网传某小区自来水发黄有异味", x: 0, y: 0, role: .row, maxWidth: 9)
        #expect(used <= 9)
        #expect(grid.text(row: 0).hasPrefix("网传某小…"))
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("城关镇", x: 0, y: 0, role: .row)
        grid.put("x", x: 3, y: 0, role: .row)
        #expect(grid.text(row: 0) == "城 x镇")
        grid.put("y", x: 4, y: 0, role: .row)
        #expect(grid.text(row: 0) == "城 xy ")
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{1B}[31mb\u{7}", x: 0, y: 0, role: .row)
        #expect(grid.text(row: 0).hasPrefix("a␛[31mb␇"))
        #expect(!grid.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }
}
