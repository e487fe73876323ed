import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct HandoverReportTests {
    typealias S = Scenario

    static func document(_ state: DeskState, at now: Date, language: Language = .chinese) -> ReportDocument {
        let context = ReportContext(now: now, timeZone: S.zone, policy: DeadlinePolicy(), deskName: "城关值班台",
                                    language: language)
        return HandoverReport.document(state, context: context, operatorName: "张伟", horizonHours: 12, anchor: .none)
    }

    static func rows(_ document: ReportDocument, _ section: String) -> [[String]] {
        document.sections.first { $0.key == section }?.table?.rows.map { $0.map(\.text) } ?? []
    }

    /// An instruction overdue on a case whose own clock has two days left is what the next shift
    /// inherits as overdue, named as the 督办 it is, with its own due time and lateness.
    @Test func anOverdueInstructionIsListedUnderOverdue() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.instruct(code, leader: "王县长", text: "今日回应", dueAt: S.hours(4)) }
        let overdue = Self.rows(Self.document(scenario.state, at: S.hours(5)), "overdue")
        #expect(overdue.count == 1)
        #expect(overdue.first?.first == code)
        #expect(Array(overdue.first?.suffix(3) ?? []) == ["督办（王县长）", "2026-11-23 12:00", "超时 01:00:00"])
        let english = Self.rows(Self.document(scenario.state, at: S.hours(5), language: .english), "overdue")
        #expect(english.first?.suffix(3).first == "supervised (王县长)")
        #expect(Self.rows(Self.document(scenario.state, at: S.hours(3)), "overdue").isEmpty)
        #expect(Self.rows(Self.document(scenario.state, at: S.hours(3)), "dueSoon").first?.last == "01:00:00")
    }
}
