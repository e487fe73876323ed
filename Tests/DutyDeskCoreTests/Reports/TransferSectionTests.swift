import Foundation
import Testing
@testable import DutyDeskCore

/// The brief's 会商转办: only for a case the joint meeting transferred, each transfer with the unit's analysis.
@Suite struct TransferSectionTests {
    typealias S = Scenario

    @Test func aCaseTheMeetingNeverTransferredHasNoSuchSection() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(TransferSection.brief(scenario.subject(code), ReportFixture.context(at: S.hours(1))).isEmpty)
    }

    @Test func eachTransferShowsItsAnalysisOnceRecorded() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .lead) }
        try scenario.record(at: S.hours(2)) { try $0.meetingTransfer(code, to: "县水务局", reason: "水质问题", office: "政务公开办") }
        let context = ReportFixture.context(at: S.hours(3))
        let before = TransferSection.brief(scenario.subject(code), context)
        #expect(before.map(\.key) == ["meetingTransfers"])
        #expect(ReportFixture.rows(before.first) == [["县水务局", "2026-11-23 10:00", "水质问题", "政务公开办", "尚未分析"]])

        let analysis = TransferAnalysis(unit: "县水务局", source: "本地论坛", postedAt: "凌晨", spread: "微信群",
                                        comments: "三百余条", views: "要求公开水质")
        try scenario.record(at: S.hours(4)) { try $0.analyseTransfer(code, analysis) }
        let after = TransferSection.brief(scenario.subject(code), context)
        #expect(ReportFixture.rows(after.first).first?.last == Strings.chinese.analysisText(analysis))
    }
}
