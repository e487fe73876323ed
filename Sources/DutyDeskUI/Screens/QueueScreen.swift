import DutyDeskCore
import DutyDeskGrid
import Foundation

/// The home screen: every case in the lane with its countdown, least time left first; rows the
/// list does not need show a preview of the selected case.
enum QueueScreen {
    /// A preview needs its rule and at least the title, units, clock and next step.
    static let previewMinimum = 6

    static func render(_ state: ConsoleState, standings: [CaseStanding], into grid: inout Grid, now: Date) {
        let strings = state.strings
        let rows = state.rows(of: standings)
        var y = 2 + Chrome.banner(&grid, y: 2, state: state)
        let layout = layout(state, rows: rows, width: grid.width)
        titles(&grid, y: y, layout: layout, strings: strings)
        y += 1
        let visible = QueueLayout.listRows(height: grid.height, banner: state.hasBanner)
        guard let selected = state.selectedIndex(in: rows), visible > 0 else {
            grid.put("  " + strings.emptyLane, x: 0, y: y, role: .muted)
            return
        }
        // Paging keeps the list still while the selection moves within a page.
        let first = selected / visible * visible
        let shown = rows[first..<min(rows.count, first + visible)]
        for (offset, standing) in shown.enumerated() {
            row(&grid, y: y + offset, cells: cells(standing, strings: strings), layout: layout,
                selected: first + offset == selected, marked: state.agenda.contains(standing.subject.id))
        }
        if visible - shown.count >= previewMinimum {
            QueuePreview.render(state, rows[selected], into: &grid, from: y + shown.count, to: y + visible, now: now)
        }
    }

    /// The columns for these rows at this width, each as wide as its widest cell or its name.
    static func layout(_ state: ConsoleState, rows: [CaseStanding], width: Int) -> QueueLayout {
        let names = columnNames(state.strings)
        var widths = names.mapValues { DisplayWidth.of($0) }
        for standing in rows {
            for (column, cell) in cells(standing, strings: state.strings) where column != .title {
                widths[column] = max(widths[column] ?? 0, DisplayWidth.of(cell.text))
            }
        }
        return QueueLayout(width: width, widths: widths)
    }

    private static func columnNames(_ strings: ConsoleStrings) -> [QueueLayout.Column: String] {
        [.code: strings.columns.code, .grade: strings.columns.grade, .title: strings.columns.title,
         .locality: strings.columns.locality, .unit: strings.columns.unit, .status: strings.columns.status,
         .clock: strings.columns.clock]
    }

    private static func cells(_ standing: CaseStanding, strings: ConsoleStrings)
        -> [QueueLayout.Column: (text: String, role: StyleRole)] {
        let subject = standing.subject
        let language = strings.domain.language
        return [
            .code: (subject.code, .row),
            .grade: (strings.gradeColumn(subject), Roles.queueGrade(subject)),
            .title: (SafeText.singleLine(subject.title), .row),
            .locality: (SafeText.singleLine(subject.report.locality), .row),
            .unit: (SafeText.singleLine(subject.answerableUnit ?? ""), .row),
            .status: (subject.status.name(in: language), .row),
            .clock: (strings.domain.urgentClock(standing), Roles.clock(standing.mostUrgent?.band)),
        ]
    }

    private static func titles(_ grid: inout Grid, y: Int, layout: QueueLayout, strings: ConsoleStrings) {
        grid.fill(row: y, role: .columnTitle)
        let names = columnNames(strings)
        for (column, x, width) in layout.columns {
            grid.put(names[column] ?? "", x: x, y: y, role: .columnTitle, maxWidth: width)
        }
    }

    private static func row(_ grid: inout Grid, y: Int, cells: [QueueLayout.Column: (text: String, role: StyleRole)],
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
        clock.map(strings.clock) ?? strings.noClock
    }
}
