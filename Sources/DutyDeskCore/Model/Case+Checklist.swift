import Foundation

/// One item of a case's response plan (`ResponsePlans`): what it requires, and who ticked it when.
public struct ChecklistItem: Sendable, Equatable {
    public let text: String
    public internal(set) var tickedBy = ""
    public internal(set) var tickedAt: Date?

    public init(text: String) { self.text = text }

    public var isTicked: Bool { tickedAt != nil }
}

extension Case {
    /// The items not yet done: the detail, the meeting page and the handover show these.
    public var untickedChecklist: [ChecklistItem] { checklist.filter { !$0.isTicked } }

    /// Those of a plan's items the checklist does not hold yet: what a regrade adds.
    func checklistLacking(_ items: [String]) -> [String] {
        items.filter { item in !checklist.contains { $0.text == item } }
    }

    /// A plan's items join the checklist; one already on it stays as it is, ticked or not, so a
    /// regrade never un-ticks what was done.
    mutating func addChecklist(_ items: [String]) {
        checklist += checklistLacking(items).map(ChecklistItem.init(text:))
    }

    mutating func tickChecklist(_ tick: ChecklistTick, by operatorName: String) {
        guard let index = checklist.firstIndex(where: { $0.text == tick.item }) else { return }
        checklist[index].tickedBy = operatorName
        checklist[index].tickedAt = tick.at
    }
}
