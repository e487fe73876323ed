import Foundation
import Testing
@testable import DutyDeskCore

/// 网上问题，网下解决 in the reports: online feedback beside the steps on the ground, and closures that
/// did not wait for every unit.
@Suite struct OfflineSectionTests {
    typealias S = Scenario

    static func twoUnits() throws -> (Scenario, String) {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .lead) }
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "城关镇", role: .cooperating) }
        return (scenario, code)
    }

    @Test func aCaseWithoutStepsOrAnEarlyClosureHasNoSuchSection() throws {
        let (scenario, code) = try Self.twoUnits()
        #expect(OfflineSection.brief(scenario.subject(code), ReportFixture.context(at: S.hours(2))).isEmpty)
        #expect(OfflineSection.stats([scenario.subject(code)], ReportFixture.context(at: S.hours(2))).isEmpty)
    }

    @Test func eachUnitsOnlineAndOfflineWorkSitSideBySide() throws {
        var (scenario, code) = try Self.twoUnits()
        try scenario.record(at: S.hours(3)) {
            try $0.offlineStep(code, unit: "县水务局", action: "入户检测", place: "城关镇", result: "水质达标", at: S.hours(2))
        }
        try scenario.record(at: S.hours(4)) { try $0.feedback(code, unit: "县水务局", text: "已回复网民", at: S.hours(4)) }
        let sections = OfflineSection.brief(scenario.subject(code), ReportFixture.context(at: S.hours(5)))
        #expect(sections.map(\.key) == ["onlineOffline"])
        let rows = ReportFixture.rows(sections.first)
        #expect(rows.map(\.first) == ["县水务局", "城关镇"])
        #expect(rows[0][1] == "2026-11-23 12:00 已回复网民")
        #expect(rows[0][2].hasPrefix("2026-11-23 10:00 入户检测"))
        #expect(rows[0][2].contains("水质达标"))
        #expect(rows[1].dropFirst().allSatisfy { $0.isEmpty })
        #expect(sections.first?.facts.isEmpty == true)
    }

    /// 办结 before 城关镇 answered: the brief says who and why, and the period's stats list the case.
    @Test func aClosureBeforeAUnitAnsweredIsSaidWithItsReason() throws {
        var (scenario, code) = try Self.twoUnits()
        try scenario.record(at: S.hours(3)) {
            try $0.offlineStep(code, unit: "县水务局", action: "入户检测", at: S.hours(2))
        }
        try scenario.record(at: S.hours(5)) {
            try $0.close(code, reason: .resolved, at: S.hours(5), unitsPendingReason: "城关镇已口头答复")
        }
        let context = ReportFixture.context(at: S.hours(6))
        let brief = OfflineSection.brief(scenario.subject(code), context)
        #expect(brief.first?.facts.map(\.value.text) == ["城关镇", "城关镇已口头答复"])
        let stats = OfflineSection.stats([scenario.subject(code)], context)
        #expect(stats.map(\.key) == ["closedBeforeUnitsAnswered"])
        #expect(ReportFixture.rows(stats.first) == [["县水务局", code, "城关镇", "城关镇已口头答复"]])
    }
}
