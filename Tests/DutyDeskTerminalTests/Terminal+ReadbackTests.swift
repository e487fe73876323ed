import CNcursesw
import DutyDeskGrid
import DutyDeskText
import Glibc
import Testing
@testable import DutyDeskTerminal

/// `Terminal+Readback`: what ncurses holds, read back cell by cell with the attributes a role gave it.
/// A part of `TerminalTests`, so it stays serialized with the rest of ncurses.
extension TerminalTests {
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
}
