import DutyDeskCore
import DutyDeskGrid
import DutyDeskText
import Foundation

extension DetailScreen {
    /// 响应预案: the case's checklist, what is still to do marked as a warning, what was done with who
    /// and when; `K` ticks an item. Only for a case whose grade has a plan.
    static func checklistLines(_ subject: Case, state: ConsoleState) -> [Line] {
        guard !subject.checklist.isEmpty else { return [] }
        let domain = state.strings.domain
        var lines: [Line] = [[Segment(text: "■ " + domain.checklist.title, role: .helpTitle),
                              Segment(text: "  K " + state.strings.action(.tickChecklist), role: .muted)]]
        for item in subject.checklist {
            let text = domain.checklistLine(item) { DisplayTime.minutes($0, in: state.timeZone) }
            lines.append([Segment(text: SafeText.singleLine(text), role: item.isTicked ? .muted : .clockWarning)])
        }
        lines.append([])
        return lines
    }
}
