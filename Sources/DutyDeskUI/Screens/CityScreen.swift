import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The city view as one pure function: (view, size, now) → grid. Header, the desks as tabs with
/// their open cases, one queue of every shown desk's open cases with a 值班台 column, the footer
/// from the keymap.
public enum CityScreen {
    public static func render(_ view: CityView, width: Int, height: Int, now: Date) -> Grid {
        frame(view, width: width, height: height, now: now).grid
    }

    /// The grid and where the terminal cursor belongs while the instruction form is open (nil: hidden).
    public static func frame(_ view: CityView, width: Int, height: Int, now: Date) -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        var grid = Grid(width: width, height: height)
        let strings = view.strings
        guard width >= QueueLayout.minimumWidth, height >= QueueLayout.minimumHeight else {
            grid.put(fill(strings.tooSmall, width, height), x: 0, y: 0, role: .bannerError, maxWidth: width)
            return (grid, nil)
        }
        let rows = view.rows(now: now)
        header(&grid, view, now: now, overdue: view.overdueCount(now: now))
        tabs(&grid, view)
        var y = 2
        if let moment = view.reviewing {
            grid.fill(row: y, role: .banner)
            grid.put(" " + fill(strings.domain.usage.reviewing, DisplayTime.seconds(moment, in: view.timeZone)), x: 0, y: y,
                     role: .banner)
            y += 1
        }
        queue(&grid, view, rows: rows, from: y, now: now)
        footer(&grid, view)
        var cursor: (x: Int, y: Int)?
        if let open = view.openForm { cursor = form(&grid, view, open, now: now) }
        if view.helpVisible {
            help(&grid, view)
            cursor = nil
        }
        return (grid, cursor)
    }

    /// The instruction form over the queue, under a line naming the desk and the case it goes to.
    private static func form(_ grid: inout Grid, _ view: CityView, _ open: OpenForm, now: Date) -> (x: Int, y: Int)? {
        let top = 2
        let bottom = grid.height - 1
        guard case .caseAction(_, let id) = open.purpose, let code = view.formDesk,
              let subject = view.desks.first(where: { $0.code == code })?.state[id] else { return nil }
        grid.fill(row: top, role: .banner)
        grid.put(" " + fill(view.strings.city.instructionFor, code, subject.code, SafeText.singleLine(subject.title)),
                 x: 0, y: top, role: .banner, maxWidth: grid.width)
        for row in (top + 1)..<bottom { grid.fill(row: row, role: .normal) }
        return open.form.render(into: &grid, x: 0, y: top + 1, width: grid.width, height: bottom - top - 1, now: now,
                                timeZone: view.timeZone, language: view.strings.domain.language)
    }

    private static func header(_ grid: inout Grid, _ view: CityView, now: Date, overdue: Int) {
        let strings = view.strings
        grid.fill(row: 0, role: .header)
        let clock = DisplayTime.seconds(now, in: view.timeZone) + " " + DisplayTime.zone(view.timeZone, at: now) + " "
        let clockX = grid.width - DisplayWidth.of(clock)
        grid.put(clock, x: clockX, y: 0, role: .header)
        var x = grid.put(" \(strings.operatorLabel) \(SafeText.singleLine(view.operatorName)) ", x: 0, y: 0, role: .header,
                         maxWidth: clockX - 1)
        if overdue > 0 {
            x += grid.put(" \(strings.overdueCount) \(overdue) ", x: x, y: 0, role: .overdueCount, maxWidth: clockX - 1 - x)
        }
        let title = " \(strings.appName) · \(SafeText.singleLine(view.name)) · " + fill(strings.city.desks, view.desks.count)
        grid.put(title, x: x, y: 0, role: .header, maxWidth: clockX - 1 - x)
    }

    /// 全部 N │ 330102 n │ …: the desk shown is the active tab; those that do not fit give way.
    private static func tabs(_ grid: inout Grid, _ view: CityView) {
        grid.fill(row: 1, role: .tabInactive)
        let all = view.desks.reduce(0) { $0 + view.openCount($1) }
        let tabs = [(label: " \(view.strings.city.all) \(all) ", active: view.deskFilter == nil)]
            + view.desks.map { (label: " \($0.code) \(view.openCount($0)) ", active: view.deskFilter == $0.code) }
        var x = 0
        for tab in tabs {
            guard x + DisplayWidth.of(tab.label) + 1 <= grid.width else { break }
            x += grid.put(tab.label, x: x, y: 1, role: tab.active ? .tabActive : .tabInactive)
            x += grid.put("│", x: x, y: 1, role: .tabInactive)
        }
    }

    private static func queue(_ grid: inout Grid, _ view: CityView, rows: [CityView.Row], from top: Int, now: Date) {
        let strings = view.strings
        let visible = grid.height - 1 - (top + 1)
        guard !rows.isEmpty, visible > 0 else {
            grid.put("  " + strings.city.noOpenCases, x: 0, y: top + 1, role: .muted)
            return
        }
        let selected = min(view.selected, rows.count - 1)
        let first = selected / visible * visible
        let shown = Array(rows[first..<min(rows.count, first + visible)])
        let cells: [[(String, StyleRole)]] = shown.map { row in
            [(row.desk, StyleRole.row), (row.standing.subject.code, .row),
             (strings.gradeColumn(row.standing.subject), Roles.queueGrade(row.standing.subject)),
             (strings.domain.urgentClock(row.standing), Roles.clock(row.standing.mostUrgent?.band)),
             (SafeText.singleLine(row.standing.subject.title), .row)]
        }
        let titles = [strings.city.deskColumn, strings.columns.code, strings.columns.grade, strings.columns.clock,
                      strings.columns.title]
        // Every column as wide as its widest cell on the page or its name; the title takes the rest.
        var widths = titles.map { DisplayWidth.of($0) }
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell.0)) }
        }
        var xs: [Int] = []
        var x = 2
        for width in widths {
            xs.append(x)
            x += width + 2
        }
        grid.fill(row: top, role: .columnTitle)
        for (index, title) in titles.enumerated() where xs[index] < grid.width {
            grid.put(title, x: xs[index], y: top, role: .columnTitle, maxWidth: grid.width - xs[index])
        }
        for (offset, row) in cells.enumerated() {
            let y = top + 1 + offset
            let isSelected = first + offset == selected
            grid.fill(row: y, role: isSelected ? .selectedRow : .row)
            if isSelected { grid.put("▶", x: 0, y: y, role: .selectedRow) }
            for (index, cell) in row.enumerated() where xs[index] < grid.width {
                grid.put(cell.0, x: xs[index], y: y, role: isSelected ? .selectedRow : cell.1, maxWidth: grid.width - xs[index])
            }
        }
    }

    private static func help(_ grid: inout Grid, _ view: CityView) {
        let bindings = Keymap.help(for: view.openForm == nil ? .city : view.context)
        let top = 3
        for (index, binding) in bindings.enumerated() where top + index < grid.height - 1 {
            let y = top + index
            grid.fill(row: y, role: .help)
            grid.put("  " + binding.label, x: 0, y: y, role: .footerKey)
            grid.put(view.strings.action(binding.action), x: 14, y: y, role: .help)
        }
    }

    private static func footer(_ grid: inout Grid, _ view: CityView) {
        let strings = view.strings
        let y = grid.height - 1
        grid.fill(row: y, role: .footer)
        var x = 1
        if let draft = view.commandDraft {
            x += grid.put(":", x: x, y: y, role: .footerKey)
            grid.put(draft + "▏", x: x, y: y, role: .filter)
            return
        }
        if let notice = view.notice {
            x += grid.put(notice, x: x, y: y, role: .filter) + 2
        }
        for binding in Keymap.footer(for: view.context) {
            let hint = " " + strings.action(binding.action) + "  "
            guard x + DisplayWidth.of(binding.label) + DisplayWidth.of(hint) <= grid.width else { break }
            x += grid.put(binding.label, x: x, y: y, role: .footerKey)
            x += grid.put(hint, x: x, y: y, role: .footer)
        }
    }
}
