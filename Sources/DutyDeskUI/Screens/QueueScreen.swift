import DutyDeskCore
import DutyDeskGrid
import Foundation

/// The home screen: every case in the lane with its countdown, least time left first; rows the
/// list does not need show a preview of the selected case.
enum QueueScreen {
    /// A preview needs its rule and at least the title, units, clock and next step.
    static let previewMinimum = 6

    static func render(_ state: ConsoleState, in body: Rect, into grid: inout Grid, now: Date) {
        let strings = state.strings
        var y = body.y
        let layout = layout(state, width: grid.width, now: now)
        titles(&grid, y: y, layout: layout, strings: strings)
        y += 1
        let visible = QueueLayout.listRows(in: body)
        guard let selected = state.selectedRow, visible > 0 else {
            grid.put("  " + strings.emptyLane, x: 0, y: y, role: .muted)
            return
        }
        // Paging keeps the list still while the selection moves within a page; only the rows on
        // it are read at this moment.
        let first = selected / visible * visible
        let shown = (first..<min(state.rowCount, first + visible)).map { state.standing(ofRow: $0, now: now) }
        for (offset, standing) in shown.enumerated() {
            row(&grid, y: y + offset, cells: QueueCells.cells(standing, strings: strings, codeHead: state.queueIndex.sharedCodeHead),
                layout: layout,
                selected: first + offset == selected, marked: state.agenda.contains(standing.subject.id))
        }
        if visible - shown.count >= previewMinimum {
            QueuePreview.render(state, shown[selected - first], into: &grid, from: y + shown.count, to: y + visible, now: now)
        }
    }

    /// The columns for the rows at this width and moment, each as wide as its widest cell or its name.
    static func layout(_ state: ConsoleState, width: Int, now: Date) -> QueueLayout {
        var widths = state.queueIndex.widths
        widths[.clock] = max(widths[.clock] ?? 0, state.queueIndex.clockWidth(state.desk, now: now))
        return QueueLayout(width: width, widths: widths)
    }

    static func titles(_ grid: inout Grid, y: Int, layout: QueueLayout, strings: ConsoleStrings) {
        grid.fill(row: y, role: .columnTitle)
        let names = QueueCells.columnNames(strings)
        for (column, x, width) in layout.columns {
            grid.put(names[column] ?? "", x: x, y: y, role: .columnTitle, maxWidth: width)
        }
    }

    static func row(_ grid: inout Grid, y: Int, cells: [QueueLayout.Column: (text: String, role: StyleRole)],
                            layout: QueueLayout, selected: Bool, marked: Bool) {
        grid.fill(row: y, role: selected ? .selectedRow : .row)
        if selected { grid.put("▶", x: 0, y: y, role: .selectedRow) }
        if marked { grid.put("●", x: 1, y: y, role: selected ? .selectedRow : .marked) }
        for (column, x, width) in layout.columns {
            let cell = cells[column] ?? ("", .row)
            grid.put(cell.text, x: x, y: y, role: selected ? .selectedRow : cell.role, maxWidth: width)
        }
    }
}

/// Which role shows a grade or a clock band, shared by every screen.
enum Roles {
    static func grade(_ grade: Grade) -> StyleRole {
        switch grade {
        case .extraordinary: .gradeExtraordinary
        case .major: .gradeMajor
        case .significant: .gradeSignificant
        case .general, .none: .gradeGeneral
        }
    }

    static func level(_ level: OpinionLevel) -> StyleRole {
        switch level {
        case .extraordinary: .gradeExtraordinary
        case .major: .gradeMajor
        case .significant: .gradeSignificant
        case .general: .gradeGeneral
        }
    }

    /// The queue's grade column: the emergency grade when it puts the case on the 24-hour clock,
    /// else the opinion level (`ConsoleStrings.gradeColumn`).
    static func queueGrade(_ subject: Case) -> StyleRole {
        subject.grade.requiresPressConference ? grade(subject.grade) : level(subject.level)
    }

    static func clock(_ band: ClockBand?) -> StyleRole {
        switch band {
        case .fresh: .clockFresh
        case .warning: .clockWarning
        case .critical: .clockCritical
        case .overdue: .clockOverdue
        case nil: .clockNone
        }
    }

    /// The countdown with its band in words, so a monochrome screen says as much as a colour one.
    static func countdown(_ clock: ClockReading?, strings: Strings) -> String {
        clock.map { strings.clock($0) } ?? strings.noClock
    }
}
