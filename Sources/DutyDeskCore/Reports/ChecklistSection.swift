import Foundation

/// 分级响应预案 in the reports: the brief lists the case's checklist, each item done (who, when) or
/// not; the handover lists the open cases' items still to do. Only where there is a checklist, so
/// reports of desks without plans read as they did.
enum ChecklistSection {
    static func brief(_ subject: Case, _ context: ReportContext) -> [ReportSection] {
        guard !subject.checklist.isEmpty else { return [] }
        let words = context.strings.checklist
        return [ReportSection(
            key: "checklist", title: words.title,
            table: context.table(
                [.init("item", words.itemField), .init("tickedBy", words.tickedByColumn),
                 .init("tickedAt", words.tickedAtColumn)],
                subject.checklist.map { item in
                    [.text(item.text), .text(item.isTicked ? item.tickedBy : words.notDone),
                     context.time(item.tickedAt)]
                }))]
    }

    /// The open cases with an item still to do, in the queue's order.
    static func handover(_ open: [CaseStanding], _ context: ReportContext) -> [ReportSection] {
        let pending = open.map(\.subject).filter { !$0.untickedChecklist.isEmpty }
        guard !pending.isEmpty else { return [] }
        let words = context.strings.checklist
        return [ReportSection(
            key: "checklist", title: words.untickedTitle,
            table: context.table(
                [.init("code", words.caseColumn), .init("title", words.titleColumn),
                 .init("unticked", words.itemsColumn)],
                pending.map { subject in
                    [.text(subject.code), .text(subject.title),
                     .text(subject.untickedChecklist.map(\.text).joined(separator: words.listSeparator))]
                }))]
    }
}
