import Foundation
import Testing
@testable import DutyDeskCore

/// `EventDrafter`'s release steps refuse what the workflow does not allow: agreement only from a
/// co-operating unit, no step dated before the one it follows, no draft the case lacks.
@Suite struct EventDrafterReleaseTests {
    typealias S = Scenario

    @Test func onlyACooperatingUnitAgrees() throws {
        var (scenario, code) = try ReleaseWorkflowTests.drafted()
        #expect(throws: DraftRefusal.release(.notCooperating(unit: "县水务局", code: code, cooperating: ["县卫健委", "县住建局"]))) {
            try scenario.record(at: S.hours(2)) { try $0.confirmRelease(code, draft: nil, unit: "县水务局", objection: "", at: nil) }
        }
        #expect(throws: DraftRefusal.release(.beforeStep(value: S.hours(0.5), step: S.hours(1)))) {
            try scenario.record(at: S.hours(2)) {
                try $0.confirmRelease(code, draft: nil, unit: "县卫健委", objection: "", at: S.hours(0.5))
            }
        }
        #expect(throws: DraftRefusal.release(.noDraft(code: code, draft: "7"))) {
            try scenario.record(at: S.hours(2)) { try $0.confirmRelease(code, draft: "7", unit: "县卫健委", objection: "", at: nil) }
        }
    }

    /// A draft needs its text; a case without co-operating units has nobody to agree, so its draft
    /// goes straight to sign-off.
    @Test func aDraftWithoutCooperatingUnitsWaitsForSignOff() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.emptyField(name: .text)) {
            try scenario.record(at: S.hours(1)) { try $0.draftRelease(code, ReleaseDraft(method: .portal, text: "  ")) }
        }
        try scenario.record(at: S.hours(1)) { try $0.draftRelease(code, ReleaseDraft(method: .portal, text: "通报")) }
        #expect(throws: DraftRefusal.release(.notCooperating(unit: "县卫健委", code: code, cooperating: []))) {
            try scenario.record(at: S.hours(2)) { try $0.confirmRelease(code, draft: nil, unit: "县卫健委", objection: "", at: nil) }
        }
        #expect(Strings.chinese.releaseStageShort(of: scenario.subject(code)) == "待审定")
    }
}
