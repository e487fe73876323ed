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
        #expect(throws: RecordingError.emptyField(name: .reason)) {
            try scenario.record(at: S.hours(3)) { try $0.transfer(code, to: "县卫健委", reason: " ") }
        }
        try scenario.record(at: S.hours(3)) { try $0.transfer(code, to: "县卫健委", reason: "涉及医疗机构") }
        #expect(scenario.subject(code).unit(in: .first) == "县卫健委")
        #expect(!scenario.subject(code).acknowledgedBy.contains("县卫健委"))
    }

    @Test func aReferralGetsItsOutcomeAndAnotherOutcomeNeedsAnotherReferral() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: RecordingError.noOpenReferral(code: code)) {
            try scenario.record(at: S.hours(1)) { try $0.referralOutcome(code, outcome: "已处理") }
        }
        try scenario.record(at: S.hours(1)) { try $0.refer(code, to: .police, note: "散布谣言") }
        try scenario.record(at: S.hours(5)) { try $0.referralOutcome(code, outcome: "造谣者已被行政拘留") }
        let referral = try #require(scenario.subject(code).referrals.first)
        #expect(referral.target == .police && referral.outcome == "造谣者已被行政拘留")
        #expect(throws: RecordingError.noOpenReferral(code: code)) {
            try scenario.record(at: S.hours(6)) { try $0.referralOutcome(code, outcome: "again") }
        }
    }

    @Test func reopeningRestartsTheClockFromDiscovery() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        #expect(throws: RecordingError.notClosed(code: code)) {
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
        try scenario.record(at: S.hours(2)) { try $0.correct(code, field: .title, to: "更正后的事由") }
        try scenario.record(at: S.hours(3)) { try $0.correct(code, field: .discoveredAt, to: "2026-11-23 06:00") }
        let subject = scenario.subject(code)
        #expect(subject.title == "更正后的事由")
        #expect(subject.discoveredAt == S.hours(-2))
        #expect(DeadlinePolicy().deadline(for: subject)?.dueAt == S.hours(46))
        guard case .caseCorrected(_, _, let corrects) = subject.timeline[1].body else { Issue.record("no correction"); return }
        #expect(corrects == subject.timeline[0].eventID, "it names the report it corrects")
        #expect(throws: RecordingError.invalidValue(field: .corrected(.channel), value: "信鸽")) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .channel, to: "信鸽") }
        }
        #expect(throws: RecordingError.self) {
            try scenario.record(at: S.hours(4)) { try $0.correct(code, field: .discoveredAt, to: "2026-11-24 06:00") }
        }
    }
}
