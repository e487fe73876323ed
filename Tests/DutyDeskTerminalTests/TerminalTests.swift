import CNcursesw
import DutyDeskGrid
import DutyDeskText
import Glibc
import Testing
@testable import DutyDeskTerminal

/// ncurses is process-wide state, so these run one at a time on the main actor; the tests of
/// `Terminal+Drawing` and `+Input` are extensions of this suite, in files named after those; they read
/// the screen back through `TerminalReadback`.
@Suite(.serialized) @MainActor struct TerminalTests {
    static let colorTheme = Theme(name: "colour", styles: [
        .normal: Style(),
        .header: Style(foreground: .rgb(red: 255, green: 255, blue: 255), background: .ansi(4), bold: true),
        .selectedRow: Style(reverse: true),
        .footerKey: Style(foreground: .indexed(208), underline: true),
    ], monochrome: false)
    static let monochromeTheme = Theme(name: "mono", styles: colorTheme.styles, monochrome: true)

    /// NO_COLOR is fixed here, so the colour paths are tested whatever the environment holds.
    func headless(width: Int, height: Int, theme: Theme = colorTheme, termName: String = "xterm-256color",
                  noColor: Bool = false) throws -> Terminal {
        try Terminal.headless(theme: theme, width: width, height: height, termName: termName, noColor: noColor)
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
