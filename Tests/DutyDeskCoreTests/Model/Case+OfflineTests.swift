import Foundation
import Testing
@testable import DutyDeskCore

/// A unit given the case has answered once it recorded 反馈 or a step on the ground, either one.
@Suite struct CaseOfflineTests {
    typealias S = Scenario

    @Test func aUnitAnswersByFeedbackOrByAStepOnTheGround() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(scenario.subject(code).unitsWithoutAnswer.isEmpty)
        for unit in ["县水务局", "城关镇", "县卫健委"] {
            try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: unit, role: unit == "县水务局" ? .lead : .cooperating) }
        }
        #expect(scenario.subject(code).unitsWithoutAnswer == ["县水务局", "城关镇", "县卫健委"])
        try scenario.record(at: S.hours(2)) { try $0.offlineStep(code, unit: "城关镇", action: "现场核查", at: S.hours(2)) }
        #expect(scenario.subject(code).unitsWithoutAnswer == ["县水务局", "县卫健委"])
        try scenario.record(at: S.hours(3)) { try $0.feedback(code, unit: "县卫健委", text: "已抽检", at: S.hours(3)) }
        #expect(scenario.subject(code).unitsWithoutAnswer == ["县水务局"])
    }
}
