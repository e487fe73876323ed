import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

/// The desk's 舆情风险评估 (002, 003): one row each in the order recorded, and
/// under the list the selected assessment in full — methods, risk level, the risks found, the 处置预案,
/// who reviewed it and the cases opened from it.
enum AssessmentScreen {
    typealias Segment = DetailScreen.Segment
    typealias Line = DetailScreen.Line

    static func render(_ state: ConsoleState, in body: Rect, into grid: inout Grid, now: Date) {
        let words = DeskRecordStrings.table(for: state.language)
        let assessments = state.desk.assessments
        var y = body.y
        grid.fill(row: y, role: .headerAccent)
        grid.put(" " + fill(words.assessmentsHeading, assessments.count), x: 0, y: y, role: .headerAccent)
        y += 1
        let bottom = body.bottom
        guard !assessments.isEmpty else {
            grid.put("  " + words.noAssessments, x: 0, y: y + 1, role: .muted)
            return
        }
        let selected = min(state.assessmentIndex, assessments.count - 1)
        // The list keeps a third of the body, the rest shows the selected one.
        let listRows = max(1, min(assessments.count, (bottom - y) / 3))
        let first = selected / listRows * listRows
        for (offset, assessment) in assessments.enumerated().dropFirst(first).prefix(listRows) {
            row(assessment, state: state, y: y + offset - first, selected: offset == selected, into: &grid)
        }
        y += listRows + 1
        let lines = detail(assessments[selected], state: state, width: grid.width)
        for (offset, line) in lines.prefix(max(0, bottom - y)).enumerated() {
            var x = 1
            for segment in line { x += grid.put(segment.text, x: x, y: y + offset, role: segment.role) }
        }
    }

    private static func row(_ assessment: RiskAssessment, state: ConsoleState, y: Int, selected: Bool, into grid: inout Grid) {
        grid.fill(row: y, role: selected ? .selectedRow : .row)
        if selected { grid.put("▶", x: 0, y: y, role: .selectedRow) }
        let opened = cases(of: assessment, in: state.desk).count
        let cells: [(String, StyleRole)] = [
            (assessment.code, .row), (assessment.riskLevel.name(in: state.language), role(assessment.riskLevel)),
            (assessment.plannedOn, .row), (SafeText.singleLine(assessment.title), .row),
            (SafeText.singleLine(assessment.unit), .muted), (opened > 0 ? "→\(opened)" : "", .row),
        ]
        var x = 2
        for (text, role) in cells where x < grid.width - 1 {
            x += grid.put(text, x: x, y: y, role: selected ? .selectedRow : role, maxWidth: grid.width - 1 - x) + 2
        }
    }

    /// A high risk reads like an overdue clock, a medium one like a clock past half.
    static func role(_ level: Level) -> StyleRole {
        switch level {
        case .high: .clockOverdue
        case .medium: .clockWarning
        case .low: .clockFresh
        }
    }

    static func cases(of assessment: RiskAssessment, in desk: DeskState) -> [Case] {
        desk.cases.filter { $0.report.assessment == assessment.code }
    }

    static func detail(_ assessment: RiskAssessment, state: ConsoleState, width: Int) -> [Line] {
        let words = DeskRecordStrings.table(for: state.language)
        let language = state.language
        let separator = language == .chinese ? "、" : ", "
        let textWidth = max(10, width - 4)
        func pair(_ label: String, _ value: String, role: StyleRole = .value) -> [Segment] {
            [Segment(text: label + " ", role: .label), Segment(text: value.isEmpty ? "—" : SafeText.singleLine(value), role: role),
             Segment(text: "    ", role: .normal)]
        }
        func block(_ title: String, _ text: String) -> [Line] {
            [[Segment(text: "■ " + title, role: .helpTitle)]]
                + TextWrap.lines(text.isEmpty ? "—" : SafeText.multiLine(text), width: textWidth).map {
                    [Segment(text: "  " + $0, role: .value)]
                }
        }
        var lines: [Line] = [[Segment(text: "■ " + assessment.code + "  ", role: .helpTitle),
                              Segment(text: SafeText.singleLine(assessment.title), role: .value)]]
        lines.append(pair(words.plannedUnit, assessment.unit) + pair(words.plannedOn, assessment.plannedOn))
        lines.append(pair(words.riskLevel, assessment.riskLevel.name(in: language), role: role(assessment.riskLevel))
                     + pair(words.reviewedBy, assessment.reviewedBy))
        lines.append(pair(words.methods, assessment.methods.map { $0.name(in: language) }.joined(separator: separator)))
        lines += block(words.risks, assessment.risks)
        lines += block(words.plan, assessment.plan)
        let opened = cases(of: assessment, in: state.desk)
        lines.append([Segment(text: "■ " + words.openedCases, role: .helpTitle)])
        lines += opened.isEmpty ? [[Segment(text: "  " + words.noCasesOpened, role: .muted)]] : opened.map { subject in
            [Segment(text: "  " + subject.code + "  ", role: .label), Segment(text: SafeText.singleLine(subject.title), role: .value)]
        }
        return lines
    }
}
