import DutyDeskCore
import DutyDeskGrid
import Foundation

/// The home screen: every case in the lane with its countdown, least time left first.
enum QueueScreen {
    static func render(_ state: ConsoleState, standings: [CaseStanding], into grid: inout Grid) {
        let strings = state.strings
        let rows = state.rows(of: standings)
        var y = 2 + Chrome.banner(&grid, y: 2, state: state)
        let layout = QueueLayout(width: grid.width)
        titles(&grid, y: y, layout: layout, strings: strings)
        y += 1
        let visible = QueueLayout.listRows(height: grid.height, banner: state.hasBanner)
        guard let selected = state.selectedIndex(in: rows), visible > 0 else {
            grid.put("  " + strings.emptyLane, x: 0, y: y, role: .muted)
            return
        }
        // Paging keeps the list still while the selection moves within a page.
        let first = selected / visible * visible
        for (offset, standing) in rows[first..<min(rows.count, first + visible)].enumerated() {
            row(&grid, y: y + offset, standing: standing, layout: layout, selected: first + offset == selected,
                marked: state.agenda.contains(standing.subject.id), strings: strings.domain)
        }
    }

    private static func titles(_ grid: inout Grid, y: Int, layout: QueueLayout, strings: ConsoleStrings) {
        grid.fill(row: y, role: .columnTitle)
        let names: [QueueLayout.Column: String] = [
            .code: strings.columns.code, .grade: strings.columns.grade, .title: strings.columns.title,
            .locality: strings.columns.locality, .unit: strings.columns.unit, .status: strings.columns.status,
            .clock: strings.columns.clock,
        ]
        for (column, x, width) in layout.columns {
            grid.put(names[column] ?? "", x: x, y: y, role: .columnTitle, maxWidth: width)
        }
    }

    private static func row(_ grid: inout Grid, y: Int, standing: CaseStanding, layout: QueueLayout, selected: Bool,
                            marked: Bool, strings: Strings) {
        let subject = standing.subject
        let language = strings.language
        grid.fill(row: y, role: selected ? .selectedRow : .row)
        if selected { grid.put("▶", x: 0, y: y, role: .selectedRow) }
        if marked { grid.put("●", x: 1, y: y, role: selected ? .selectedRow : .marked) }
        for (column, x, width) in layout.columns {
            let (text, role): (String, StyleRole) = switch column {
            case .code: (subject.code, .row)
            case .grade: ("[\(subject.grade.name(in: language))]", Roles.grade(subject.grade))
            case .title: (subject.title, .row)
            case .locality: (subject.report.locality, .row)
            case .unit: (subject.answerableUnit ?? "", .row)
            case .status: (subject.status.name(in: language), .row)
            case .clock: (strings.urgentClock(standing), Roles.clock(standing.mostUrgent?.band))
            }
            grid.put(text, x: x, y: y, role: selected ? .selectedRow : role, maxWidth: width)
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
