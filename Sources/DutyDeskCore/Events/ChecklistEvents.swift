import Foundation

/// 分级响应预案 (001: 按照分级响应预案): what a case of each emergency grade requires in its first
/// hour, as the desk's settings name it (`[response-plans]`). A case is given its grade's items when
/// it is registered or regraded; the items go into that event, so the ledger says what the plan
/// required then, whatever the settings say later.
public struct ResponsePlans: Sendable, Equatable {
    public var items: [Grade: [String]]

    public init(_ items: [Grade: [String]] = [:]) { self.items = items }

    /// The plan's items for a grade, none when the settings name no plan for it.
    public func items(for grade: Grade) -> [String] { items[grade] ?? [] }
}

/// 预案事项已办: one item of a case's checklist done, and when; the operator is the event's.
public struct ChecklistTick: Sendable, Equatable {
    public let item: String
    public let at: Date

    public init(item: String, at: Date) {
        self.item = item
        self.at = at
    }
}
