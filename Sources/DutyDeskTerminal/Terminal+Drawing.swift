import CNcursesw
import DutyDeskGrid

extension Terminal {
    /// Copies the grid to the screen, touching only cells that differ from the last drawn grid
    /// (or all of them after invalidate, a resize or a grid of another size), then
    /// refreshes once. `cursor` nil hides the cursor; otherwise it is shown at that cell.
    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        guard activate() else { return }
        let previous = lastDrawn.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        // Where the grid does not cover the screen, nothing old may remain.
        if previous == nil { werase(dd_stdscr()) }
        let columns = min(grid.width, width)
        for y in 0..<min(grid.height, height) {
            drawRow(y, of: grid, columns: columns, previous: previous)
        }
        lastDrawn = grid
        if let cursor, cursor.x >= 0, cursor.x < width, cursor.y >= 0, cursor.y < height {
            wmove(dd_stdscr(), Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(dd_stdscr())
    }

    /// Walks the row by what each cell covers: a wide cell and its continuation are one unit,
    /// redrawn together when either changed; a wide cell without room for both halves (at the
    /// screen's right edge, or without its continuation) is one column and becomes a space.
    private func drawRow(_ y: Int, of grid: Grid, columns: Int, previous: Grid?) {
        var x = 0
        while x < columns {
            let cell = grid[x, y]
            let span = cell.width == 2 && x + 1 < columns && grid[x + 1, y].isContinuation ? 2 : 1
            if previous.map({ old in (x..<x + span).contains { old[$0, y] != grid[$0, y] } }) ?? true {
                put(cell, x: x, y: y, span: span)
            }
            x += span
        }
    }

    /// Writes one cell over `span` columns. Internal so tests can hand it cells `Grid.put` would
    /// have sanitized.
    func put(_ cell: Cell, x: Int, y: Int, span: Int) {
        let rendition = renditions[cell.role]
        var column = x
        for glyph in Glyph.glyphs(for: cell, span: span) {
            var character = cchar_t()
            let characters = glyph.characters + [0]
            setcchar(&character, characters, rendition.attributes, rendition.pair, nil)
            // At the bottom-right corner ncurses stores the character and reports ERR because
            // the cursor cannot advance; scrolling is off, so nothing moves.
            mvwadd_wch(dd_stdscr(), Int32(y), Int32(column), &character)
            column += glyph.columns
        }
        cellsWritten += 1
    }
}
