import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// A report on screen: the same `ReportDocument` the CLI writes, laid out as text with aligned
/// tables. Tab moves between kinds; the body scrolls.
enum ReportScreen {
    typealias Segment = DetailScreen.Segment
    typealias Line = DetailScreen.Line

    static func maxScroll(_ state: ConsoleState, kind: ReportKind, in body: Rect, now: Date) -> Int {
        let count = kind.document(state, now: now).map { lines($0, width: body.width).count } ?? 0
        return ScrollingBody.limit(lineCount: count, in: body)
    }

    static func render(_ state: ConsoleState, kind: ReportKind, in body: Rect, into grid: inout Grid, now: Date) {
        let words = ReportStrings.table(for: state.language)
        let y = body.y
        grid.fill(row: y, role: .tabInactive)
        var x = 0
        for each in ReportKind.console {
            x += grid.put(" \(each.title(words)) ", x: x, y: y,
                          role: each == kind ? .tabActive : .tabInactive)
            x += grid.put("│", x: x, y: y, role: .tabInactive)
        }
        guard let document = kind.document(state, now: now) else {
            grid.put("  " + state.strings.noCaseSelected, x: 0, y: y + 1, role: .muted)
            return
        }
        ScrollingBody.draw(lines(document, width: body.width), in: body, scroll: state.reportScroll, into: &grid)
    }

    static func lines(_ document: ReportDocument, width: Int) -> [Line] {
        let textWidth = max(10, width - 2)
        var lines: [Line] = [[Segment(text: document.title, role: .helpTitle)]]
        lines += facts(document.facts)
        for section in document.sections {
            lines.append([])
            lines.append([Segment(text: "■ " + section.title, role: .helpTitle)])
            lines += facts(section.facts)
            for paragraph in section.paragraphs {
                lines += TextWrap.lines(SafeText.multiLine(paragraph), width: textWidth).map { [Segment(text: $0, role: .value)] }
            }
            if let table = section.table { lines += self.table(table, width: textWidth) }
        }
        return lines
    }

    private static func facts(_ facts: [ReportFact]) -> [Line] {
        facts.map { [Segment(text: $0.label + " ", role: .label), Segment(text: $0.value.text, role: .value)] }
    }

    /// Columns as wide as their widest cell (at most 40), when they all fit; a table that does not
    /// fit (a narrow terminal, a wide statistics table) becomes one card per row instead, so no
    /// number loses its label and no text is cut to a few characters.
    static func table(_ table: ReportTable, width: Int) -> [Line] {
        guard !table.rows.isEmpty else { return [[Segment(text: table.emptyText, role: .muted)]] }
        let gap = 2
        let widths = table.columns.indices.map { index in
            min(40, ([table.columns[index].title] + table.rows.map { $0[index].text }).map(DisplayWidth.of).max() ?? 1)
        }
        guard widths.reduce(0, +) + gap * (widths.count - 1) <= width else { return cards(table, width: width) }
        func cells(_ texts: [String], roles: [StyleRole]) -> Line {
            texts.indices.map { index in
                Segment(text: DisplayWidth.pad(SafeText.singleLine(texts[index]), to: widths[index])
                            + String(repeating: " ", count: index < texts.count - 1 ? gap : 0),
                        role: roles[index])
            }
        }
        let header = cells(table.columns.map(\.title), roles: table.columns.map { _ in .columnTitle })
        return [header] + table.rows.map { row in
            cells(row.map(\.text), roles: zip(table.columns, row).map { column, cell in
                // An overdue countdown stands out here as it does in the queue.
                column.key == "left" && (cell.json.intValue ?? 0) < 0 ? .clockOverdue : .row
            })
        }
    }

    /// One row as a card: its first cell as the heading, then every other cell under its column's
    /// label, long values wrapped under themselves; a blank line between cards.
    static func cards(_ table: ReportTable, width: Int) -> [Line] {
        let labelWidth = min(24, table.columns.dropFirst().map { DisplayWidth.of($0.title) }.max() ?? 0)
        let valueWidth = max(10, width - labelWidth - 3)
        var lines: [Line] = []
        for row in table.rows {
            if !lines.isEmpty { lines.append([]) }
            lines.append([Segment(text: "▸ " + SafeText.singleLine(row.first?.text ?? ""), role: .columnTitle)])
            for (column, cell) in zip(table.columns, row).dropFirst() where !cell.text.isEmpty {
                let role: StyleRole = column.key == "left" && (cell.json.intValue ?? 0) < 0 ? .clockOverdue : .value
                for (index, piece) in TextWrap.lines(SafeText.singleLine(cell.text), width: valueWidth).enumerated() {
                    lines.append([Segment(text: "  " + DisplayWidth.pad(index == 0 ? column.title : "", to: labelWidth) + " ",
                                          role: .label),
                                  Segment(text: piece, role: role)])
                }
            }
        }
        return lines
    }
}
