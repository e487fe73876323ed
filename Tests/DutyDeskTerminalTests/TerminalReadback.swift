import CNcursesw
@testable import DutyDeskTerminal

/// What ncurses holds, read back for the tests: the program itself never reads the screen, so
/// this lives beside the tests rather than in the terminal module.
extension Terminal {
    /// The text of row `y` as ncurses holds it: a wide character once, covering its two cells.
    func screenRow(_ y: Int) -> String {
        guard activate(), y >= 0, y < height else { return "" }
        var text = ""
        var x = 0
        while x < width {
            let cell = storedCell(x: x, y: y)
            text += cell.text
            x += max(1, Int(wcwidth(cell.characters.first ?? 0x20)))
        }
        return text
    }

    /// One cell's character(s) and the attributes that survive on a monochrome terminal.
    func screenCell(x: Int, y: Int) -> (text: String, bold: Bool, reverse: Bool, underline: Bool) {
        guard activate(), x >= 0, x < width, y >= 0, y < height else { return ("", false, false, false) }
        let cell = storedCell(x: x, y: y)
        return (cell.text,
                cell.attributes & dd_attr_bold() != 0,
                cell.attributes & dd_attr_reverse() != 0,
                cell.attributes & dd_attr_underline() != 0)
    }

    /// The colour pair of one cell.
    func screenPair(x: Int, y: Int) -> Int16 {
        guard activate(), x >= 0, x < width, y >= 0, y < height else { return 0 }
        return storedCell(x: x, y: y).pair
    }

    private func storedCell(x: Int, y: Int) -> (characters: [wchar_t], text: String, attributes: attr_t, pair: Int16) {
        var stored = cchar_t()
        mvwin_wch(dd_stdscr(), Int32(y), Int32(x), &stored)
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes = attr_t(0)
        var pair: Int16 = 0
        getcchar(&stored, &characters, &attributes, &pair, nil)
        let spacing = Array(characters.prefix { $0 != 0 })
        let text = String(String.UnicodeScalarView(spacing.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
        return (spacing, text, attributes, pair)
    }
}
