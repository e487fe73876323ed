import DutyDeskGrid
import DutyDeskText

/// The `?` help: a box over the current screen listing every key of the screen beneath,
/// straight from the keymap. When one column would not fit the screen it flows into more,
/// narrower ones, so no key is ever left out. Under the queue's keys, its legend says what the
/// rows' short cells stand for; it takes the two blank rows around the keys, so the keys keep
/// their columns at 80×24.
enum HelpOverlay {
    static let labelWidth = 10
    static let widestColumn = 36

    static func render(_ state: ConsoleState, underneath: Context, into grid: inout Grid) {
        render(strings: state.strings, underneath: underneath, into: &grid)
    }

    /// Any view's help: a desk's console and the city's list the keys of the one keymap table.
    static func render(strings: ConsoleStrings, underneath: Context, into grid: inout Grid) {
        let bindings = Keymap.help(for: underneath)
        // Wrapped to a box as wide as the screen allows, which the box is made at least as wide as.
        let legendWidth = grid.width - 8
        let legend = underneath != .queue ? []
            : TextWrap.lines(joining: strings.queueLegend, separator: strings.legendSeparator, width: legendWidth)
        let spacing = legend.isEmpty ? 2 : 0
        let rowsAvailable = max(1, grid.height - 4 - spacing - legend.count)
        let columns = (bindings.count + rowsAvailable - 1) / rowsAvailable
        let rows = (bindings.count + columns - 1) / columns
        let columnWidth = min(widestColumn, (grid.width - 6) / columns)
        let width = min(grid.width - 2, max(columns * columnWidth + 4, legend.isEmpty ? 0 : legendWidth + 4))
        let height = min(grid.height - 2, rows + legend.count + spacing + 2)
        let left = (grid.width - width) / 2
        let top = max(1, (grid.height - height) / 2)
        frame(&grid, left: left, top: top, width: width, height: height)
        grid.put(" \(strings.helpTitle) · \(strings.contexts[underneath] ?? "") ", x: left + 2, y: top, role: .helpTitle)
        let keysTop = top + 1 + spacing / 2
        for (index, line) in legend.enumerated() {
            grid.put(line, x: left + 2, y: keysTop + rows + index, role: .help, maxWidth: width - 4)
        }
        for (index, binding) in bindings.enumerated() {
            let x = left + 3 + (index / rows) * columnWidth
            let y = keysTop + index % rows
            grid.put(binding.label, x: x, y: y, role: .helpKey, maxWidth: labelWidth)
            grid.put(strings.action(binding.action), x: x + labelWidth + 1, y: y, role: .help,
                     maxWidth: columnWidth - labelWidth - 2)
        }
    }

    private static func frame(_ grid: inout Grid, left: Int, top: Int, width: Int, height: Int) {
        for row in top..<(top + height) { grid.fill(row: row, role: .help, from: left, width: width) }
        grid.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: left, y: top, role: .help)
        grid.put("└" + String(repeating: "─", count: width - 2) + "┘", x: left, y: top + height - 1, role: .help)
        for row in (top + 1)..<(top + height - 1) {
            grid.put("│", x: left, y: row, role: .help)
            grid.put("│", x: left + width - 1, y: row, role: .help)
        }
    }
}
