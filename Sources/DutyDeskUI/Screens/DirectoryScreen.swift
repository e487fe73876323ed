import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The contact directory (24小时联络畅通, 003): who is on call now by the roster, then every member
/// unit's 负责人, 分管领导 and 联络人 with their phones — a table when it fits, else two lines a unit.
/// Opened from a case, that case's units come first, marked ●. `/` searches (Chinese included).
enum DirectoryScreen {
    typealias Segment = DetailScreen.Segment
    typealias Line = DetailScreen.Line

    /// The body under the title row, and under the search row while one is typed or applied.
    private static func listArea(_ state: ConsoleState, in body: Rect) -> Rect {
        body.below(1 + (state.directory.searched.isEmpty && state.directory.draft == nil ? 0 : 1))
    }

    static func maxScroll(_ state: ConsoleState, in body: Rect, now: Date) -> Int {
        max(0, lines(state, width: body.width, now: now).count - listArea(state, in: body).height)
    }

    static func render(_ state: ConsoleState, in body: Rect, into grid: inout Grid, now: Date) {
        let words = DeskRecordStrings.table(for: state.language)
        let view = state.directory
        var y = body.y
        grid.fill(row: y, role: .headerAccent)
        var x = grid.put(" " + fill(words.directoryHeading, state.settings.units.count), x: 0, y: y, role: .headerAccent)
        if let code = view.origin.flatMap({ state.desk[$0]?.code }), !view.caseUnits.isEmpty {
            grid.put("  " + fill(words.caseUnitsFirst, code), x: x, y: y, role: .headerAccent)
        }
        y += 1
        if let draft = view.draft {
            x = grid.put(" " + words.searchPrompt, x: 0, y: y, role: .footerKey)
            grid.put(draft + "▏", x: x, y: y, role: .filter)
            y += 1
        } else if !view.searched.isEmpty {
            grid.put(" " + words.searchPrompt + view.searched + "（" + state.strings.filterHint + "）", x: 0, y: y, role: .filter)
            y += 1
        }
        let rows = listArea(state, in: body).height
        let shown = lines(state, width: body.width, now: now)
        let first = min(view.scroll, max(0, shown.count - rows))
        for (offset, line) in shown.dropFirst(first).prefix(rows).enumerated() {
            var column = 1
            for segment in line { column += grid.put(segment.text, x: column, y: y + offset, role: segment.role) }
        }
    }

    static func lines(_ state: ConsoleState, width: Int, now: Date) -> [Line] {
        let words = DeskRecordStrings.table(for: state.language)
        let contacts = state.strings.domain.contacts
        let view = state.directory
        var lines: [Line] = [[Segment(text: "■ " + words.onCallHeading, role: .helpTitle)]]
        let onCall = view.onCall(state.settings, at: now)
        if onCall.isEmpty { lines.append([Segment(text: "  " + words.nobodyOnCall, role: .muted)]) }
        for entry in onCall {
            lines.append([Segment(text: "  " + SafeText.singleLine(entry.name) + "  ", role: .value),
                          Segment(text: SafeText.singleLine(entry.unit) + "  ", role: .label),
                          Segment(text: SafeText.singleLine(entry.phone) + "  ", role: .value),
                          Segment(text: fill(words.until, DisplayTime.minutes(entry.to, in: state.timeZone)), role: .muted)])
        }
        lines.append([])
        let entries = view.entries(state.settings)
        guard !entries.isEmpty else {
            let empty = view.searched.isEmpty ? contacts.noUnits : fill(words.noMatch, view.searched)
            return lines + [[Segment(text: "  " + empty, role: .muted)]]
        }
        let titles = [contacts.unit, contacts.head, contacts.leader, contacts.liaison, contacts.phone]
        let table = entries.map { entry -> [String] in
            let unit = entry.unit
            return [unit.name, unit.head, [unit.leader, unit.leaderPhone].filter { !$0.isEmpty }.joined(separator: " "),
                    unit.liaison, unit.phone].map(SafeText.singleLine)
        }
        let widths = titles.indices.map { column in ([titles[column]] + table.map { $0[column] }).map(DisplayWidth.of).max() ?? 0 }
        let gap = 2
        if 2 + widths.reduce(0, +) + gap * (widths.count - 1) <= width - 2 {
            lines.append([Segment(text: "  ", role: .normal)] + zip(titles, widths).map { title, width in
                Segment(text: DisplayWidth.pad(title, to: width + gap), role: .columnTitle)
            })
            for (entry, cells) in zip(entries, table) {
                lines.append([Segment(text: entry.ofCase ? "● " : "  ", role: .marked)] + cells.indices.map { column in
                    Segment(text: DisplayWidth.pad(cells[column].isEmpty ? "—" : cells[column], to: widths[column] + gap),
                            role: column == 0 ? .label : .value)
                })
            }
            return lines
        }
        // Too narrow for the table: the unit and its head on one line, the others under it.
        for (entry, cells) in zip(entries, table) {
            lines.append([Segment(text: entry.ofCase ? "● " : "  ", role: .marked), Segment(text: cells[0] + "  ", role: .label),
                          Segment(text: titles[1] + " ", role: .muted), Segment(text: (cells[1].isEmpty ? "—" : cells[1]) + "  ", role: .value),
                          Segment(text: titles[4] + " ", role: .muted), Segment(text: cells[4].isEmpty ? "—" : cells[4], role: .value)])
            lines.append([Segment(text: "    " + titles[2] + " ", role: .muted),
                          Segment(text: (cells[2].isEmpty ? "—" : cells[2]) + "  ", role: .value),
                          Segment(text: titles[3] + " ", role: .muted), Segment(text: cells[3].isEmpty ? "—" : cells[3], role: .value)])
        }
        return lines
    }
}
