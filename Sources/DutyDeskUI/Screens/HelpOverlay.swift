import DutyDeskGrid

/// The `?` help: a box over the current screen listing every key of the screen beneath,
/// straight from the keymap.
enum HelpOverlay {
    static func render(_ state: ConsoleState, underneath: Context, into grid: inout Grid) {
        let strings = state.strings
        let bindings = Keymap.help(for: underneath)
        let labelWidth = 10
        let width = min(grid.width - 4, 50)
        let height = min(grid.height - 2, bindings.count + 4)
        let left = (grid.width - width) / 2
        let top = max(1, (grid.height - height) / 2)
        for row in top..<(top + height) { grid.fill(row: row, role: .help, from: left, width: width) }
        grid.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: left, y: top, role: .help)
        grid.put("└" + String(repeating: "─", count: width - 2) + "┘", x: left, y: top + height - 1, role: .help)
        for row in (top + 1)..<(top + height - 1) {
            grid.put("│", x: left, y: row, role: .help)
            grid.put("│", x: left + width - 1, y: row, role: .help)
        }
        let title = " \(strings.helpTitle) · \(strings.contexts[underneath] ?? "") "
        grid.put(title, x: left + 2, y: top, role: .helpTitle)
        for (index, binding) in bindings.prefix(height - 4).enumerated() {
            let y = top + 2 + index
            grid.put(binding.label, x: left + 3, y: y, role: .helpKey, maxWidth: labelWidth)
            grid.put(strings.action(binding.action), x: left + 3 + labelWidth + 1, y: y, role: .help,
                     maxWidth: width - labelWidth - 6)
        }
    }
}
