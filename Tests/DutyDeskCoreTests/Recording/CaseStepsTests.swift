import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct CaseStepsTests {
    typealias S = Scenario

    @Test func transferMakesTheNewUnitFirstResponsibleAndAwaitsItsAcknowledgement() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .first) }
        try scenario.record(at: S.hours(2)) { try $0.acknowledge(code, unit: "县水务局") }
        #expect(scenario.subject(code).acknowledgedBy == ["县水务局"])
        #expect(throws: DraftRefusal.unitWithoutRole(unit: "县卫健委", code: code, unitsWithRole: ["县水务局"])) {
            try scenario.record(at: S.hours(3)) { try $0.transfer(code, to: "县卫健委", reason: "涉及医疗机构") }
        }
        try scenario.record(at: S.hours(3)) { try $0.assign(code, unit: "县卫健委", role: .cooperating) }
        #expect(throws: DraftRefusal.emptyField(name: .reason)) {
            try scenario.record(at: S.hours(3)) { try $0.transfer(code, to: "县卫健委", reason: " ") }
        }
        try scenario.record(at: S.hours(3)) { try $0.transfer(code, to: "县卫健委", reason: "涉及医疗机构") }
        #expect(scenario.subject(code).unit(in: .first) == "县卫健委")
        #expect(!scenario.subject(code).acknowledgedBy.contains("县卫健委"))
    }

    @Test func aReferralGetsItsOutcomeAndAnotherOutcomeNeedsAnotherReferral() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.noOpenReferral(code: code)) {
            try scenario.record(at: S.hours(1)) { try $0.referralOutcome(code, outcome: "已处理") }
        }
        try scenario.record(at: S.hours(1)) { try $0.refer(code, to: .police, note: "散布谣言") }
        try scenario.record(at: S.hours(5)) { try $0.referralOutcome(code, outcome: "造谣者已被行政拘留") }
        let referral = try #require(scenario.subject(code).referrals.first)
        #expect(referral.target == .police && referral.outcome == "造谣者已被行政拘留")
        #expect(throws: DraftRefusal.noOpenReferral(code: code)) {
            try scenario.record(at: S.hours(6)) { try $0.referralOutcome(code, outcome: "again") }
        }
    }

    @Test func reopeningRestartsTheClockFromDiscovery() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.notClosed(code: code)) {
            try scenario.record(at: S.hours(1)) { try $0.reopen(code, reason: "x") }
        }
        try scenario.record(at: S.hours(1)) { try $0.close(code, reason: .falseReport, at: nil) }
        try scenario.record(at: S.hours(50)) { try $0.reopen(code, reason: "网上再次发酵") }
        let subject = scenario.subject(code)
        #expect(subject.status == .pendingTriage)
        #expect(DeadlinePolicy().deadline(for: subject)?.secondsLeft(at: S.hours(50)) == -2 * 3600)
    }

    @Test func aCorrectionNamesWhatItCorrectsAndMovesTheClockWhenItIsTheDiscoveryTime() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(2)) { try $0.correct(code, field: .title, to: "更正后的事由", reason: "核对原始记录") }
        try scenario.record(at: S.hours(3)) { try $0.correct(code, field: .discoveredAt, to: "2026-11-23 06:00", reason: "核对原始记录") }
        let subject = scenario.subject(code)
        #expect(subject.title == "更正后的事由")
        #expect(subject.discoveredAt == S.hours(-2))
        #expect(DeadlinePolicy().deadline(for: subject)?.dueAt == S.hours(46))
        guard case .caseCorrected(let correction) = subject.timeline[1].body else { Issue.record("no correction"); return }
        #expect(correction.corrects == subject.timeline[0].eventID, "it names the report it corrects")
        #expect(throws: DraftRefusal.invalidValue(field: .corrected(.channel), value: "信鸽")) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .channel, to: "信鸽", reason: "核对原始记录") }
        }
        #expect(throws: DraftRefusal.self) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .discoveredAt, to: "2026-11-24 06:00", reason: "核对原始记录") }
        }
    }
}

@Suite struct UnitRoleRulesTests {
    typealias S = Scenario

    @Test func onlyAUnitWithARoleAcknowledgesOrGivesFeedback() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: DraftRefusal.unitWithoutRole(unit: "不相干单位", code: code, unitsWithRole: [])) {
            try scenario.record(at: S.hours(1)) { try $0.acknowledge(code, unit: "不相干单位") }
        }
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "县水务局", role: .first) }
        try scenario.record(at: S.hours(1)) { try $0.assign(code, unit: "城关镇政府", role: .cooperating) }
        #expect(throws: DraftRefusal.unitWithoutRole(unit: "不相干单位", code: code, unitsWithRole: ["县水务局", "城关镇政府"])) {
            try scenario.record(at: S.hours(2)) { try $0.acknowledge(code, unit: "不相干单位") }
        }
        #expect(throws: DraftRefusal.unitWithoutRole(unit: "不相干单位", code: code, unitsWithRole: ["县水务局", "城关镇政府"])) {
            try scenario.record(at: S.hours(2)) { try $0.feedback(code, unit: "不相干单位", text: "已处理", at: nil) }
        }
        let message = Strings.chinese.recordingError(
            .unitWithoutRole(unit: "不相干单位", code: code, unitsWithRole: ["县水务局", "城关镇政府"]), timeZone: S.zone)
        #expect(message.contains("县水务局、城关镇政府"), "\(message)")
        try scenario.record(at: S.hours(3)) { try $0.feedback(code, unit: "县水务局", text: "已上门检测", at: S.hours(2)) }
        #expect(scenario.subject(code).feedback == [UnitFeedback(unit: "县水务局", text: "已上门检测", at: S.hours(2))])
        #expect(throws: DraftRefusal.emptyField(name: .text)) {
            try scenario.record(at: S.hours(3)) { try $0.feedback(code, unit: "县水务局", text: " ", at: nil) }
        }
    }

    @Test func aDiscoveryCorrectionNeedsAReasonAndStaysBeforeRecordingAndEveryMilestone() throws {
        var scenario = Scenario()
        let code = try scenario.report(discovered: S.start, typedAt: S.hours(2))
        try scenario.record(at: S.hours(3)) { try $0.respond(code, method: .portal, text: "", at: S.hours(1)) }
        #expect(throws: DraftRefusal.emptyField(name: .reason)) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .discoveredAt, to: "07:00", reason: "") }
        }
        #expect(throws: DraftRefusal.discoveryAfterRecording(value: S.hours(3), recordedAt: S.hours(2))) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .discoveredAt, to: "-1h", reason: "记错") }
        }
        #expect(throws: DraftRefusal.discoveryAfterMilestone(value: S.hours(1.5), milestone: S.hours(1))) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .discoveredAt, to: "09:30", reason: "记错") }
        }
        try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .discoveredAt, to: "07:00", reason: "系统时间") }
        let record = try #require(scenario.subject(code).corrections.first)
        #expect(record.oldValue == ISO8601Timestamp.format(S.start, utcOffset: 0) && record.reason == "系统时间")
        #expect(ISO8601Timestamp.parse(record.newValue) == S.hours(-1) && record.by == "值班员" && record.at == S.hours(4))
        let line = Strings.chinese.summary(of: scenario.subject(code).timeline.last!, in: scenario.subject(code),
                                           timeZone: S.zone)
        #expect(line == "更正发现时间为「2026-11-23 07:00」，原因：系统时间", "times read in the desk's format")
    }
}
