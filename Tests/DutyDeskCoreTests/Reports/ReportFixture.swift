import Foundation
@testable import DutyDeskCore

/// The context every report test writes against, and a section's table read as the text people see.
enum ReportFixture {
    static func context(at now: Date, language: Language = .chinese) -> ReportContext {
        ReportContext(now: now, timeZone: Scenario.zone, policy: DeadlinePolicy(), deskName: "城关值班台", language: language)
    }

    static func rows(_ section: ReportSection?) -> [[String]] {
        section?.table?.rows.map { $0.map(\.text) } ?? []
    }

    static func section(_ document: ReportDocument, _ key: String) -> ReportSection? {
        document.sections.first { $0.key == key }
    }

    static func fact(_ document: ReportDocument, _ key: String) -> ReportCell? {
        document.facts.first { $0.key == key }?.value
    }

    static func day(_ day: Int) -> CivilTime { CivilTime(year: 2026, month: 11, day: day) }
}
