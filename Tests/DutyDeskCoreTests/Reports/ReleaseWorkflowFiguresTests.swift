import Foundation
import Testing
@testable import DutyDeskCore

/// The statistics' release workflow per answerable unit: counts of drafts, sign-offs, send-backs and
/// publications, and the nearest-rank medians from the draft.
@Suite struct ReleaseWorkflowFiguresTests {
    typealias S = Scenario

    @Test func theStatisticsGiveEachUnitsTimeToSignOffAndToPublication() throws {
        var (scenario, code) = try ReleaseWorkflowTests.drafted()
        for unit in ["县卫健委", "县住建局"] {
            try scenario.record(at: S.hours(1.5)) { try $0.confirmRelease(code, draft: nil, unit: unit, objection: "", at: nil) }
        }
        try scenario.record(at: S.hours(3)) { try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "", at: nil) }
        try scenario.record(at: S.hours(3.5)) { try $0.publishDraft(code, draft: nil, at: nil) }
        let figures = ReleaseWorkflowFigures.byUnit(Array(scenario.state.cases))
        #expect(figures == [ReleaseWorkflowFigures(name: "县水务局", drafts: 1, signedOff: 1, sentBack: 0, published: 1,
                                                   toSignOffMedian: 7200, toPublicationMedian: 9000)])
    }

    /// A draft sent back counts as sent back, not signed off, and has no time to sign-off; a case
    /// without drafts gives its unit no row.
    @Test func aSentBackDraftIsCountedApartAndACaseWithoutDraftsIsLeftOut() throws {
        var (scenario, code) = try ReleaseWorkflowTests.drafted()
        try scenario.record(at: S.hours(2)) {
            try $0.signOffRelease(code, draft: nil, leader: "王县长", sentBackReason: "数据口径不一致", at: nil)
        }
        let other = try scenario.report("另一事件")
        try scenario.record(at: S.hours(0.2)) { try $0.assign(other, unit: "县环保局", role: .lead) }
        let figures = ReleaseWorkflowFigures.byUnit(Array(scenario.state.cases))
        #expect(figures == [ReleaseWorkflowFigures(name: "县水务局", drafts: 1, signedOff: 0, sentBack: 1, published: 0,
                                                   toSignOffMedian: nil, toPublicationMedian: nil)])
    }
}
