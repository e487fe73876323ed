import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The month's figures as bar charts in block characters: each unit's on-time share and the cases
/// discovered each day. Every bar ends in its number, so the chart reads in monochrome too.
enum StatisticsScreen {
    /// Eighths of a cell, for bar ends finer than a whole block.
    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let shownDays = 14

    static func bar(_ fraction: Double, width: Int) -> String {
        let units = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }

    static func render(_ state: ConsoleState, in body: Rect, into grid: inout Grid, now: Date) {
        let strings = state.strings.statistics
        // The period `report stats` covers, decided by the kind; the figures always cover days.
        let month = ReportKind.stats.defaultPeriod(endingAt: now, in: state.timeZone)!
        let today = month.last
        let monthStats = TimelinessStats(state.desk, period: month, policy: state.policy, now: now, timeZone: state.timeZone)
        let recent = TimelinessStats(state.desk, period: DayRange(first: today.addingDays(1 - shownDays), last: today),
                                     policy: state.policy, now: now, timeZone: state.timeZone)
        var y = body.y
        grid.fill(row: y, role: .headerAccent)
        let period = DayRange.text(month.first) + " – " + DayRange.text(month.last)
        grid.put(" " + fill(strings.title, period, monthStats.total.cases,
                            monthStats.total.share.map { String(format: "%.1f%%", $0 * 100) } ?? "—"),
                 x: 0, y: y, role: .headerAccent)
        y += 2
        let bottom = body.bottom
        let side = grid.width >= 120
        let chartWidth = side ? (grid.width - 4) / 2 : grid.width - 2
        let units = monthStats.byUnit.sorted { ($0.cases, $1.name) > ($1.cases, $0.name) }
        let unitRows = side ? bottom - y - 1 : max(3, (bottom - y) / 2 - 1)
        shares(units, state: state, x: 1, y: y, width: chartWidth, rows: unitRows, into: &grid)
        let daysTop = side ? y : y + min(units.count, unitRows) + 2
        volume(recent.perDay, title: strings.perDay, x: side ? chartWidth + 3 : 1, y: daysTop, width: chartWidth,
               rows: bottom - daysTop - 1, into: &grid)
    }

    private static func shares(_ units: [TimelinessFigures], state: ConsoleState, x: Int, y: Int, width: Int, rows: Int,
                               into grid: inout Grid) {
        let strings = state.strings.statistics
        grid.put("■ " + strings.onTimeByUnit, x: x, y: y, role: .helpTitle, maxWidth: width)
        if units.isEmpty { grid.put(strings.none, x: x, y: y + 1, role: .muted) }
        let nameWidth = 16, figureWidth = 16
        let barWidth = max(4, width - nameWidth - figureWidth - 2)
        for (index, figures) in units.prefix(rows).enumerated() {
            let row = y + 1 + index
            let name = figures.name.isEmpty ? ReportStrings.table(for: state.language).unassigned : figures.name
            grid.put(DisplayWidth.pad(name, to: nameWidth), x: x, y: row, role: .label)
            guard let share = figures.share else {
                grid.put(fill(strings.notJudged, figures.cases), x: x + nameWidth + 1, y: row, role: .muted)
                continue
            }
            let role: StyleRole = share >= 0.9 ? .clockFresh : share >= 0.6 ? .clockWarning : .clockOverdue
            let drawn = grid.put(bar(share, width: barWidth), x: x + nameWidth + 1, y: row, role: role)
            grid.put(String(format: " %.0f%%", share * 100) + " (\(figures.onTime)/\(figures.judged))",
                     x: x + nameWidth + 1 + drawn, y: row, role: .value)
        }
    }

    private static func volume(_ days: [TimelinessStats.Day], title: String, x: Int, y: Int, width: Int, rows: Int,
                               into grid: inout Grid) {
        grid.put("■ " + title, x: x, y: y, role: .helpTitle, maxWidth: width)
        let shown = days.suffix(max(0, rows))
        let most = max(1, shown.map(\.cases).max() ?? 1)
        let barWidth = max(4, width - 6 - 6)
        for (index, day) in shown.enumerated() {
            let row = y + 1 + index
            grid.put(String(format: "%02d-%02d", day.day.month, day.day.day), x: x, y: row, role: .label)
            let drawn = grid.put(bar(Double(day.cases) / Double(most), width: barWidth), x: x + 6, y: row, role: .value)
            grid.put(" \(day.cases)", x: x + 6 + drawn, y: row, role: .value)
        }
    }
}
