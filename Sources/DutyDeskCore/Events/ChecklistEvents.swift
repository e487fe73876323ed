import Foundation

/// 分级响应预案 (001: 按照分级响应预案): what a case requires in its first hour, as the desk's settings
/// name it (`[response-plans]`): a plan per emergency grade, per opinion level and per warning class.
/// A case's checklist is the union of the plans of its grade, level and class; the items go into the
/// event that sets or changes one of them, so the ledger says what the plans required then, whatever
/// the settings say later.
public struct ResponsePlans: Sendable, Equatable {
    public var grades: [Grade: [String]]
    public var levels: [OpinionLevel: [String]]
    public var classes: [WarningClass: [String]]

    public init(_ grades: [Grade: [String]] = [:], levels: [OpinionLevel: [String]] = [:],
                classes: [WarningClass: [String]] = [:]) {
        self.grades = grades
        self.levels = levels
        self.classes = classes
    }

    /// The plan's items for a grade, none when the settings name no plan for it.
    public func items(for grade: Grade) -> [String] { grades[grade] ?? [] }

    /// What a case of this grade, level and class requires: the grade's plan, then the level's, then
    /// the class's, an item named by two plans once.
    public func items(grade: Grade, level: OpinionLevel, warningClass: WarningClass?) -> [String] {
        let all = items(for: grade) + (levels[level] ?? []) + (warningClass.flatMap { classes[$0] } ?? [])
        var seen = Set<String>()
        return all.filter { seen.insert($0).inserted }
    }
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
