import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// 舆情分析报告 as charts (000: 定性和定量相结合): the same `ReportDocument` as `report analysis`, of
/// this month or of one case, with every table that counts something drawn as bars the way `S`
/// draws its figures. Each bar ends in its number, so the chart reads in monochrome too; what is
/// not a count (the qualitative factors, the most-reported cases) is written out. The body scrolls.
enum AnalysisScreen {
    typealias Segment = DetailScreen.Segment
    typealias Line = DetailScreen.Line

    /// The columns a bar can stand for, the first found in a table wins: a share is drawn against
    /// 100 %, the others against the table's largest.
    private static let measured = ["share", "cases", "reports", "sinceDiscovery"]
    /// What the title bar already says (the desk, the moment, the period) is not repeated.
    private static let inTitle: Set<String> = ["desk", "generatedAt", "from", "to"]
    /// Bars longer than this read no better and push the number far from the name.
    private static let widestBar = 48

    static func document(_ state: ConsoleState, caseID: CaseID?, now: Date) -> ReportDocument? {
        let context = ReportContext(now: now, timeZone: state.timeZone, policy: state.policy, deskName: state.deskName,
                                    language: state.language)
        if let caseID {
            return state.desk[caseID].map { AnalysisReport.document($0, context: context) }
        }
        // The period `report analysis` covers, decided by the kind; the analysis always covers days.
        let period = ReportKind.analysis.defaultPeriod(endingAt: now, in: state.timeZone)!
        return AnalysisReport.document(state.desk, period: period, context: context)
    }

    static func maxScroll(_ state: ConsoleState, caseID: CaseID?, in body: Rect, now: Date) -> Int {
        let count = document(state, caseID: caseID, now: now).map { lines($0, width: body.width).count } ?? 0
        return ScrollingBody.limit(lineCount: count, in: body)
    }

    static func render(_ state: ConsoleState, caseID: CaseID?, in body: Rect, into grid: inout Grid, now: Date) {
        let y = body.y
        grid.fill(row: y, role: .headerAccent)
        guard let document = document(state, caseID: caseID, now: now) else { return }
        grid.put(" " + document.title, x: 0, y: y, role: .headerAccent)
        ScrollingBody.draw(lines(document, width: body.width), in: body, scroll: state.reportScroll, into: &grid)
    }

    static func lines(_ document: ReportDocument, width: Int) -> [Line] {
        let textWidth = max(20, width - 2)
        var lines = packed(document.facts.filter { !inTitle.contains($0.key) }, width: textWidth)
        for section in document.sections {
            lines.append([])
            lines.append([Segment(text: "■ " + section.title, role: .helpTitle)])
            for fact in section.facts {
                let label = fact.label + " "
                let pieces = TextWrap.lines(SafeText.singleLine(fact.value.text), width: max(10, textWidth - DisplayWidth.of(label)))
                for (index, piece) in pieces.enumerated() {
                    lines.append([Segment(text: index == 0 ? label : String(repeating: " ", count: DisplayWidth.of(label)),
                                          role: .label), Segment(text: piece, role: .value)])
                }
            }
            for paragraph in section.paragraphs {
                lines += TextWrap.lines(SafeText.singleLine(paragraph), width: textWidth).map { [Segment(text: $0, role: .muted)] }
            }
            // The days as `S` shows them: the last fortnight, not a month of mostly empty rows.
            if let table = section.table {
                lines += chart(section.key == "perDay" ? ReportTable(columns: table.columns,
                                                                     rows: Array(table.rows.suffix(StatisticsScreen.shownDays)),
                                                                     emptyText: table.emptyText) : table,
                               width: textWidth)
            }
        }
        return lines
    }

    /// The facts two or more to a line, as many as fit.
    private static func packed(_ facts: [ReportFact], width: Int) -> [Line] {
        var lines: [Line] = []
        var line: Line = []
        var used = 0
        for fact in facts {
            let text = SafeText.singleLine(fact.value.text.isEmpty ? "—" : fact.value.text)
            let cells = DisplayWidth.of(fact.label) + 1 + DisplayWidth.of(text) + 3
            if used > 0, used + cells > width {
                lines.append(line)
                line = []
                used = 0
            }
            line += [Segment(text: fact.label + " ", role: .label), Segment(text: text + "   ", role: .value)]
            used += cells
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A table as bars: its text columns name the bar, its measured column sizes it. A table with
    /// nothing measured is listed row by row.
    static func chart(_ table: ReportTable, width: Int) -> [Line] {
        guard !table.rows.isEmpty else { return [[Segment(text: "  " + table.emptyText, role: .muted)]] }
        let labels = table.rows.map { row in
            zip(table.columns, row).filter { column, cell in
                !measured.contains(column.key) && cell.json.stringValue != nil
            }.map { SafeText.singleLine($0.1.text) }.joined(separator: " ")
        }
        guard let value = measured.lazy.compactMap({ key in table.columns.firstIndex { $0.key == key } }).first else {
            return labels.map { [Segment(text: "  " + $0, role: .value)] }
        }
        let isShare = table.columns[value].key == "share"
        let amounts = table.rows.map { $0[value].json.doubleValue ?? $0[value].json.intValue.map(Double.init) }
        let most = isShare ? 1 : max(1, amounts.compactMap { $0 }.max() ?? 1)
        let labelWidth = min(max(8, width / 3), labels.map(DisplayWidth.of).max() ?? 8)
        let figureWidth = table.rows.map { DisplayWidth.of($0[value].text) }.max() ?? 1
        let barWidth = min(widestBar, max(4, width - 2 - labelWidth - 1 - figureWidth - 1))
        return zip(labels, zip(table.rows, amounts)).map { label, pair in
            let (row, amount) = pair
            let name = DisplayWidth.pad(DisplayWidth.of(label) > labelWidth ? DisplayWidth.clip(label, to: labelWidth, ellipsis: true)
                                            : label, to: labelWidth)
            guard let amount else {
                return [Segment(text: "  " + name + " ", role: .label), Segment(text: "—", role: .muted)]
            }
            let fraction = amount / most
            let role: StyleRole = !isShare ? .value : fraction >= 0.9 ? .clockFresh : fraction >= 0.6 ? .clockWarning : .clockOverdue
            return [Segment(text: "  " + name + " ", role: .label),
                    Segment(text: StatisticsScreen.bar(fraction, width: barWidth), role: role),
                    Segment(text: " " + row[value].text, role: .value)]
        }
    }
}
