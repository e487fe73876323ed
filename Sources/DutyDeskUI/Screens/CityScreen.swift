import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The city view as one pure function: (view, size, now) → grid. It is drawn from the console's
/// own pieces (`ScreenFrame`'s header, review banner and footer, `HelpOverlay`, the queue's
/// `QueueLayout` and `QueueCells`), so its footer hints and `?` help come from the one keymap
/// table and its rows read as a desk's; its own are the tab bar (the desks, each with its open
/// cases) and the 值班台 column first in the queue.
public enum CityScreen {
    public static func render(_ view: CityView, width: Int, height: Int, now: Date) -> Grid {
        frame(view, width: width, height: height, now: now).grid
    }

    /// The grid and where the terminal cursor belongs while the instruction form is open (nil: hidden).
    public static func frame(_ view: CityView, width: Int, height: Int, now: Date) -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        var grid = Grid(width: width, height: height)
        let strings = view.strings
        guard width >= QueueLayout.minimumWidth, height >= QueueLayout.minimumHeight else {
            ConsoleScreen.tooSmall(&grid, strings: strings)
            return (grid, nil)
        }
        let title = SafeText.singleLine(view.name) + " · " + fill(strings.city.desks, view.desks.count)
        ScreenFrame.header(&grid, strings: strings, who: SafeText.singleLine(view.operatorName), title: title,
                           timeZone: view.timeZone, now: now, overdue: view.overdueCount(now: now))
        tabs(&grid, view)
        if let moment = view.reviewing {
            ScreenFrame.reviewing(&grid, y: Rect.underTabs(width: width, height: height).y, strings: strings, moment: moment,
                                  timeZone: view.timeZone)
        }
        queue(&grid, view, in: Rect.body(width: width, height: height, banner: view.reviewing != nil), now: now)
        // The desk shown is the active tab; the footer keeps its room for the keys.
        ScreenFrame.footer(&grid, strings: strings, context: view.context,
                           line: ScreenFrame.FooterLine(notice: view.notice, commandDraft: view.commandDraft))
        var cursor: (x: Int, y: Int)?
        if let open = view.openForm { cursor = form(&grid, view, open, now: now) }
        if view.helpVisible {
            HelpOverlay.render(strings: strings, underneath: view.contextUnderHelp, into: &grid)
            cursor = nil
        }
        return (grid, cursor)
    }

    /// The instruction form over the queue, under a line naming the desk and the case it goes to.
    private static func form(_ grid: inout Grid, _ view: CityView, _ open: OpenForm, now: Date) -> (x: Int, y: Int)? {
        let area = Rect.underTabs(width: grid.width, height: grid.height)
        let top = area.y, bottom = area.bottom
        guard case .caseAction(_, let id) = open.purpose, let code = view.formDesk,
              let subject = view.desks.first(where: { $0.code == code })?.state[id] else { return nil }
        grid.fill(row: top, role: .banner)
        grid.put(" " + fill(view.strings.city.instructionFor, code, subject.code, SafeText.singleLine(subject.title)),
                 x: 0, y: top, role: .banner, maxWidth: grid.width)
        for row in (top + 1)..<bottom { grid.fill(row: row, role: .normal) }
        return open.form.render(into: &grid, x: 0, y: top + 1, width: grid.width, height: bottom - top - 1, now: now,
                                timeZone: view.timeZone, language: view.strings.domain.language)
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

    /// The columns of a desk's queue behind the 值班台 column, each as wide as its widest cell on
    /// the page or its name; the title takes the rest, and unit and locality give way as on a desk.
    private static func queue(_ grid: inout Grid, _ view: CityView, in body: Rect, now: Date) {
        let strings = view.strings
        let rows = view.rows(now: now)
        let visible = QueueLayout.listRows(in: body)
        guard !rows.isEmpty, visible > 0 else {
            grid.put("  " + strings.city.noOpenCases, x: 0, y: body.y + 1, role: .muted)
            return
        }
        let selected = min(view.selected, rows.count - 1)
        let first = selected / visible * visible
        let shown = rows[first..<min(rows.count, first + visible)].map { row in
            var cells = QueueCells.cells(row.standing, strings: strings)
            cells[.desk] = (row.desk, .row)
            return cells
        }
        var widths = QueueCells.columnNames(strings).mapValues { DisplayWidth.of($0) }
        for cells in shown {
            for (column, cell) in cells { widths[column] = max(widths[column] ?? 0, DisplayWidth.of(cell.text)) }
        }
        widths[.title] = nil
        let layout = QueueLayout(width: grid.width, widths: widths, offered: QueueLayout.Column.allCases)
        QueueScreen.titles(&grid, y: body.y, layout: layout, strings: strings)
        for (offset, cells) in shown.enumerated() {
            QueueScreen.row(&grid, y: body.y + 1 + offset, cells: cells, layout: layout, selected: first + offset == selected,
                            marked: false)
        }
    }
}
