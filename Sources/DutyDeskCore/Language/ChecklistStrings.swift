import Foundation

/// The words of 分级响应预案: a case's checklist, its ticks and their refusals; one table per language.
public struct ChecklistWords: Sendable {
    /// The form's field and title, and the detail's, the meeting page's and the handover's section.
    public let itemField, formTitle, title, untickedTitle, caseColumn, titleColumn, itemsColumn, tickedByColumn, tickedAtColumn,
        notDone: String
    /// "已办 起草通稿" on the timeline; "✓ 起草通稿（张三 14:05）" and "☐ 拟定发言人" in the detail and brief.
    public let tick, ticked, unticked, none, listSeparator: String
    let unknownItem, noItems, alreadyTicked: String

    public static let chinese = ChecklistWords(
        itemField: "预案事项", formTitle: "预案事项已办", title: "响应预案", untickedTitle: "预案未办事项",
        caseColumn: "事件", titleColumn: "事由", itemsColumn: "未办事项", tickedByColumn: "办理人", tickedAtColumn: "办理时间",
        notDone: "未办",
        tick: "预案事项已办：{}", ticked: "✓ {}（{} {}）", unticked: "☐ {}", none: "（本级无预案）", listSeparator: "、",
        unknownItem: "{}：预案中没有「{}」；未办事项：{}", noItems: "{}：没有未办的预案事项（「{}」）",
        alreadyTicked: "{}：「{}」已由 {} 于 {} 办理")

    public static let english = ChecklistWords(
        itemField: "Plan item", formTitle: "Tick a response-plan item", title: "Response plan",
        untickedTitle: "Response-plan items not done", caseColumn: "Case", titleColumn: "Title", itemsColumn: "Not done",
        tickedByColumn: "Done by", tickedAtColumn: "Done at", notDone: "not done",
        tick: "Plan item done: {}", ticked: "✓ {} ({} {})", unticked: "☐ {}", none: "(no plan for this grade)",
        listSeparator: ", ",
        unknownItem: "{}: the plan has no item \"{}\"; not done yet: {}", noItems: "{}: no response-plan item is left to do (\"{}\")",
        alreadyTicked: "{}: \"{}\" was ticked by {} at {}")
}

extension Strings {
    public var checklist: ChecklistWords { language == .chinese ? .chinese : .english }

    func checklistTickSummary(_ tick: ChecklistTick) -> String { fill(checklist.tick, tick.item) }

    func unknownChecklistItem(_ code: String, _ item: String, _ unticked: [String]) -> String {
        unticked.isEmpty ? fill(checklist.noItems, code, item)
            : fill(checklist.unknownItem, code, item, unticked.joined(separator: checklist.listSeparator))
    }

    /// One item as the detail and the brief show it: ticked with who and when, or still to do.
    public func checklistLine(_ item: ChecklistItem, time: (Date) -> String) -> String {
        guard let at = item.tickedAt else { return fill(checklist.unticked, item.text) }
        return fill(checklist.ticked, item.text, item.tickedBy, time(at))
    }
}
