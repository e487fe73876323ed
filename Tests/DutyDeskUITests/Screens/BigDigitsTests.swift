import DutyDeskGrid
import DutyDeskTestSupport
import Testing
@testable import DutyDeskUI

@Suite struct BigDigitsTests {
    /// The same steps as the countdown in words (`1天23:57:14`), a leading "-" once overdue.
    @Test func theClockReadsAsTheCountdownInWords() {
        #expect(BigDigits.clock(3 * 3600 + 5 * 60 + 9, dayMark: "天") == "03:05:09")
        #expect(BigDigits.clock(86_400 + 23 * 3600 + 57 * 60 + 14, dayMark: "天") == "1天23:57:14")
        #expect(BigDigits.clock(-(2 * 3600 + 15 * 60), dayMark: "d") == "-02:15:00")
        #expect(BigDigits.clock(-2 * 86_400, dayMark: "d") == "-2d00:00:00")
    }

    @Test func eachGlyphIsFiveRowsAndAGapBetweenThem() {
        let rows = BigDigits.rows("10")
        #expect(rows == [" █  ███", "██  █ █", " █  █ █", " █  █ █", "███ ███"])
        #expect(BigDigits.width("10") == 7)
    }

    /// Scale 2 doubles every block both ways, and the gap.
    @Test func aScaleWidensAndHeightensEveryBlock() {
        let rows = BigDigits.rows("1", scale: 2)
        #expect(rows.count == 2 * BigDigits.height)
        #expect(rows[0] == "  ██  " && rows[1] == "  ██  ")
        #expect(BigDigits.width("1:1", scale: 2) == 6 + 2 + 2 + 2 + 6)
    }

    /// Characters it has no glyph for are left out rather than drawn as something else.
    @Test func unknownCharactersAreLeftOut() {
        #expect(BigDigits.rows("1x") == BigDigits.rows("1"))
        #expect(BigDigits.width("") == 0)
    }

    @Test func itDrawsEveryRowWhereAsked() {
        var grid = Grid(width: 10, height: 7)
        BigDigits.draw("7", scale: 1, x: 2, y: 1, role: .normal, into: &grid)
        #expect(grid.text(row: 1) == "  ███     ")
        #expect(grid.text(row: 5) == "    █     ")
        #expect(grid.text(row: 6) == String(repeating: " ", count: 10))
    }
}
