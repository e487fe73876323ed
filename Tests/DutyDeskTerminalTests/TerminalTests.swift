import CNcursesw
import DutyDeskGrid
import DutyDeskText
import Glibc
import Testing
@testable import DutyDeskTerminal

/// ncurses is process-wide state, so these run one at a time on the main actor.
@Suite(.serialized) @MainActor struct TerminalTests {
    static let colorTheme = Theme(name: "colour", styles: [
        .normal: Style(),
        .header: Style(foreground: .rgb(red: 255, green: 255, blue: 255), background: .ansi(4), bold: true),
        .selectedRow: Style(reverse: true),
        .footerKey: Style(foreground: .indexed(208), underline: true),
    ], monochrome: false)
    static let monochromeTheme = Theme(name: "mono", styles: colorTheme.styles, monochrome: true)

    /// NO_COLOR is fixed here, so the colour paths are tested whatever the environment holds.
    private func headless(width: Int, height: Int, theme: Theme = colorTheme, termName: String = "xterm-256color",
                          noColor: Bool = false) throws -> Terminal {
        try Terminal.headless(theme: theme, width: width, height: height, termName: termName, noColor: noColor)
    }

    @Test func cjkAndAsciiRowsLineUp() throws {
        let terminal = try headless(width: 40, height: 3)
        defer { terminal.restore() }
        let cjk = "YQ-001  网传自来水发黄  城关镇  12:00:00"
        let ascii = "YQ-002  Water is brown  Town A  12:00:00"
        #expect(DisplayWidth.of(cjk) == 40 && DisplayWidth.of(ascii) == 40)
        var grid = Grid(width: 40, height: 3)
        grid.put(cjk, x: 0, y: 0, role: .row)
        grid.put(ascii, x: 0, y: 1, role: .row)
        terminal.draw(grid)

        #expect(terminal.screenRow(0) == cjk)
        #expect(terminal.screenRow(1) == ascii)
        // ncurses put each ideograph on two cells, so the countdown starts in column 32 on both rows.
        #expect(terminal.screenCell(x: 8, y: 0).text == "网")
        #expect(terminal.screenCell(x: 10, y: 0).text == "传")
        #expect(terminal.screenCell(x: 28, y: 0).text == "镇")
        for y in 0...1 {
            #expect(terminal.screenCell(x: 31, y: y).text == " ")
            #expect(terminal.screenCell(x: 32, y: y).text == "1")
            #expect(terminal.screenCell(x: 39, y: y).text == "0")
        }
        #expect(terminal.screenRow(2) == String(repeating: " ", count: 40))
    }

    @Test func wideCharacterAtTheRightEdgeIsNotDrawnAndNothingWraps() throws {
        // The grid is wider than the screen, as after a shrink the app has not caught up with.
        let terminal = try headless(width: 10, height: 3)
        defer { terminal.restore() }
        var grid = Grid(width: 12, height: 3)
        grid.put("abcdefghi网", x: 0, y: 0, role: .normal)
        grid.put("row two", x: 0, y: 1, role: .normal)
        // A wide character that ends exactly in the last column, bottom-right corner included.
        grid.put("abcdefgh城", x: 0, y: 2, role: .normal)
        #expect(grid[9, 0].text == "网")
        terminal.draw(grid)

        #expect(terminal.screenRow(0) == "abcdefghi ")
        #expect(terminal.screenRow(1) == "row two   ")
        #expect(terminal.screenRow(2) == "abcdefgh城")
        #expect(terminal.screenCell(x: 0, y: 1).text == "r")
    }

    @Test func controlCharactersInCellsAreSanitizedBeforeNcurses() throws {
        let terminal = try headless(width: 10, height: 2)
        defer { terminal.restore() }
        terminal.draw(Grid(width: 10, height: 2))
        var escape = Cell.blank(.normal)
        escape.text = "\u{1B}[31m"
        var csi = Cell.blank(.normal)
        csi.text = "\u{9B}"
        var newline = Cell.blank(.normal)
        newline.text = "\n"
        terminal.put(escape, x: 0, y: 0, span: 1)
        terminal.put(csi, x: 1, y: 0, span: 1)
        terminal.put(newline, x: 2, y: 0, span: 1)

        #expect(terminal.screenRow(0) == "␛�␊       ")
        #expect(terminal.screenRow(1) == String(repeating: " ", count: 10))
    }

    @Test func onlyChangedCellsAreWritten() throws {
        let terminal = try headless(width: 20, height: 5)
        defer { terminal.restore() }
        var grid = Grid(width: 20, height: 5)
        grid.put("YQ-001 网传", x: 0, y: 0, role: .row)
        terminal.draw(grid)
        // 100 cells, two of them continuations of wide characters, drawn with those.
        #expect(terminal.cellsWritten == 98)

        terminal.draw(grid)
        #expect(terminal.cellsWritten == 98)

        grid.put("X", x: 3, y: 2, role: .normal)
        terminal.draw(grid)
        #expect(terminal.cellsWritten == 99)
        #expect(terminal.screenCell(x: 3, y: 2).text == "X")

        // A new wide character is one write covering both of its cells.
        grid.put("城", x: 10, y: 4, role: .normal)
        terminal.draw(grid)
        #expect(terminal.cellsWritten == 100)
        #expect(terminal.screenRow(4) == "          城        ")

        terminal.invalidate()
        terminal.draw(grid)
        #expect(terminal.cellsWritten == 100 + 97)
    }

    @Test func rolesReadBackWithTheirAttributes() throws {
        let terminal = try headless(width: 20, height: 4)
        defer { terminal.restore() }
        var grid = Grid(width: 20, height: 4)
        grid.put("Header", x: 0, y: 0, role: .header)
        grid.put("selected", x: 0, y: 1, role: .selectedRow)
        grid.put("F1", x: 0, y: 2, role: .footerKey)
        grid.put("plain", x: 0, y: 3, role: .normal)
        terminal.draw(grid)

        let header = terminal.screenCell(x: 0, y: 0)
        #expect(header.text == "H" && header.bold && !header.reverse && !header.underline)
        let selected = terminal.screenCell(x: 0, y: 1)
        #expect(selected.reverse && !selected.bold)
        #expect(terminal.screenCell(x: 0, y: 2).underline)
        let plain = terminal.screenCell(x: 0, y: 3)
        #expect(!plain.bold && !plain.reverse && !plain.underline)
    }

    @Test func colorThemeUsesPairs() throws {
        let terminal = try headless(width: 10, height: 2)
        defer { terminal.restore() }
        #expect(terminal.colorCount == 256)
        var grid = Grid(width: 10, height: 2)
        grid.put("Header", x: 0, y: 0, role: .header)
        grid.put("plain", x: 0, y: 1, role: .normal)
        terminal.draw(grid)
        #expect(terminal.screenPair(x: 0, y: 0) != 0)
        #expect(terminal.screenPair(x: 0, y: 1) == 0)
        var foreground: Int32 = 0
        var background: Int32 = 0
        extended_pair_content(Int32(terminal.screenPair(x: 0, y: 0)), &foreground, &background)
        #expect(foreground == 231 && background == 4)
    }

    @Test func noColorGivesAttributesWithoutColor() throws {
        let terminal = try headless(width: 10, height: 1, noColor: true)
        defer { terminal.restore() }
        #expect(terminal.colorCount == 0)
        var grid = Grid(width: 10, height: 1)
        grid.put("Header", x: 0, y: 0, role: .header)
        terminal.draw(grid)
        #expect(terminal.screenCell(x: 0, y: 0).bold)
        #expect(terminal.screenPair(x: 0, y: 0) == 0)
    }

    @Test func monochromeThemeGivesAttributesWithoutColor() throws {
        let terminal = try headless(width: 10, height: 2, theme: Self.monochromeTheme)
        defer { terminal.restore() }
        #expect(terminal.colorCount == 0)
        var grid = Grid(width: 10, height: 2)
        grid.put("Header", x: 0, y: 0, role: .header)
        grid.put("selected", x: 0, y: 1, role: .selectedRow)
        terminal.draw(grid)
        #expect(terminal.screenCell(x: 0, y: 0).bold)
        #expect(terminal.screenCell(x: 0, y: 1).reverse)
        #expect(terminal.screenPair(x: 0, y: 0) == 0)
        #expect(terminal.screenPair(x: 0, y: 1) == 0)
    }

    @Test func fewerColorsOnSmallerTerminals() throws {
        let eight = try headless(width: 10, height: 2, termName: "xterm")
        #expect(eight.colorCount == 8)
        eight.restore()
        let none = try headless(width: 10, height: 2, termName: "vt100")
        #expect(none.colorCount == 0)
        var grid = Grid(width: 10, height: 2)
        grid.put("Header", x: 0, y: 0, role: .header)
        none.draw(grid)
        #expect(none.screenCell(x: 0, y: 0).bold)
        none.restore()
    }

    @Test func resizeToSmallerThenDrawTheNewSize() throws {
        let terminal = try headless(width: 40, height: 10)
        defer { terminal.restore() }
        var big = Grid(width: 40, height: 10)
        for y in 0..<10 { big.put(String(repeating: "网", count: 20), x: 0, y: y, role: .row) }
        terminal.draw(big)

        terminal.resize(width: 25, height: 6)
        #expect(terminal.nextInput(timeoutMilliseconds: 0) == .resize)
        #expect(terminal.width == 25 && terminal.height == 6)

        // A frame built for the old size before the app noticed: clipped, the odd column blank.
        terminal.draw(big)
        #expect(terminal.screenRow(5) == String(repeating: "网", count: 12) + " ")

        var small = Grid(width: 25, height: 6)
        small.put("after resize", x: 0, y: 5, role: .normal)
        terminal.draw(small)
        #expect(terminal.screenRow(5) == "after resize" + String(repeating: " ", count: 13))
        #expect(terminal.screenRow(0) == String(repeating: " ", count: 25))
    }

    @Test func cursorIsPlacedWhereAsked() throws {
        let terminal = try headless(width: 10, height: 3)
        defer { terminal.restore() }
        terminal.draw(Grid(width: 10, height: 3), cursor: (x: 4, y: 2))
        #expect(getcury(dd_stdscr()) == 2 && getcurx(dd_stdscr()) == 4)
    }

    @Test func watchedDescriptorWakesTheWait() throws {
        let terminal = try headless(width: 10, height: 3)
        defer { terminal.restore() }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }

        let start = ContinuousClock.now
        #expect(terminal.nextInput(timeoutMilliseconds: 60, watching: ends[0]) == .timeout)
        // It waited rather than returning at once.
        #expect(ContinuousClock.now - start >= .milliseconds(55))

        #expect(write(ends[1], "x", 1) == 1)
        #expect(terminal.nextInput(timeoutMilliseconds: 5_000, watching: ends[0]) == .watchedReady)
    }

    @Test func unknownTerminalTypeThrows() {
        #expect(throws: TerminalError.self) {
            try Terminal.headless(theme: Self.colorTheme, width: 10, height: 3, termName: "no-such-terminal")
        }
    }

    @Test func restoreIsIdempotentAndLaterCallsDoNothing() throws {
        let terminal = try headless(width: 10, height: 3)
        terminal.restore()
        terminal.restore()
        terminal.draw(Grid(width: 10, height: 3))
        #expect(terminal.nextInput(timeoutMilliseconds: 0) == .timeout)
        #expect(terminal.screenRow(0) == "")
    }
}
