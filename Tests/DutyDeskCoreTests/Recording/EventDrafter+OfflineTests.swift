import Foundation
import Testing
@testable import DutyDeskCore

/// 网上问题，网下解决: a unit's step on the ground, and the 办结 that waits for every unit's answer
/// (`EventDrafter+Offline.swift`, `Case+Offline.swift`).
@Suite struct OfflineHandlingTests {
    typealias S = Scenario

    static func withUnits() throws -> (Scenario, String) {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(0.5)) { try $0.assign(code, unit: "县水务局", role: .lead) }
        try scenario.record(at: S.hours(0.5)) { try $0.assign(code, unit: "城关镇", role: .cooperating) }
        return (scenario, code)
    }

    @Test func aStepOnTheGroundIsTheUnitsOwn() throws {
        var (scenario, code) = try Self.withUnits()
        #expect(throws: DraftRefusal.unitWithoutRole(unit: "县公安局", code: code, unitsWithRole: ["县水务局", "城关镇"])) {
            try scenario.record(at: S.hours(2)) { try $0.offlineStep(code, unit: "县公安局", action: "入户", at: nil) }
        }
        #expect(throws: DraftRefusal.emptyField(name: .offlineAction)) {
            try scenario.record(at: S.hours(2)) { try $0.offlineStep(code, unit: "县水务局", action: "  ", at: nil) }
        }
        #expect(throws: DraftRefusal.inFuture(field: .at, value: S.hours(3), now: S.hours(2))) {
            try scenario.record(at: S.hours(2)) { try $0.offlineStep(code, unit: "县水务局", action: "入户", at: S.hours(3)) }
        }
        try scenario.record(at: S.hours(2)) {
            try $0.offlineStep(code, unit: "县水务局", action: "入户检测水质", place: "锦绣花园 3 栋", result: "水质达标", at: S.hours(1.5))
        }
        let subject = scenario.subject(code)
        #expect(subject.offlineSteps == [OfflineStep(unit: "县水务局", action: "入户检测水质", place: "锦绣花园 3 栋",
                                                     result: "水质达标", at: S.hours(1.5))])
        #expect(subject.timeline.last?.happenedAt == S.hours(1.5))
        #expect(subject.unitsWithoutAnswer == ["城关镇"])
        #expect(Strings.chinese.summary(of: subject.timeline.last!.body) == "县水务局 网下处置：入户检测水质（锦绣花园 3 栋） → 水质达标")
        // An offline step is not a release: the clock is the 48-hour one still.
        #expect(subject.releases.isEmpty)
    }

    @Test func closingWaitsForEveryUnitsAnswerOrAReason() throws {
        var (scenario, code) = try Self.withUnits()
        try scenario.record(at: S.hours(2)) { try $0.feedback(code, unit: "县水务局", text: "已更换水箱", at: nil) }
        #expect(throws: DraftRefusal.unitsWithoutAnswer(code: code, units: ["城关镇"])) {
            try scenario.record(at: S.hours(3)) { try $0.close(code, reason: .resolved, at: nil, unitsPendingReason: "") }
        }
        // 重复 and 误报 leave the units nothing to answer.
        var duplicate = scenario
        try duplicate.record(at: S.hours(3)) { try $0.close(code, reason: .duplicate, at: nil, unitsPendingReason: "") }
        #expect(duplicate.subject(code).closure?.unitsPending == [])
        try scenario.record(at: S.hours(3)) {
            try $0.close(code, reason: .resolved, at: nil, unitsPendingReason: "城关镇已电话说明，书面反馈后补")
        }
        let closure = try #require(scenario.subject(code).closure)
        #expect(closure.unitsPending == ["城关镇"])
        #expect(closure.unitsPendingReason == "城关镇已电话说明，书面反馈后补")
    }

    @Test func everyUnitAnsweredClosesWithoutAReason() throws {
        var (scenario, code) = try Self.withUnits()
        try scenario.record(at: S.hours(2)) { try $0.feedback(code, unit: "县水务局", text: "已更换水箱", at: nil) }
        try scenario.record(at: S.hours(2)) { try $0.offlineStep(code, unit: "城关镇", action: "走访住户", at: nil) }
        try scenario.record(at: S.hours(3)) { try $0.close(code, reason: .resolved, at: nil, unitsPendingReason: "无关") }
        let closure = try #require(scenario.subject(code).closure)
        // A reason not needed is not written: the line is what it always was.
        #expect(closure.unitsPendingReason.isEmpty)
        #expect(scenario.subject(code).timeline.last?.body == .caseClosed(reason: .resolved, at: S.hours(3)))
    }
}
