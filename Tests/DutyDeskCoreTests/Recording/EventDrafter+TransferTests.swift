import Foundation
import Testing
@testable import DutyDeskCore

/// 会商转办 (002): copied to the 政务公开办, analysed by the receiving unit before its feedback
/// (`EventDrafter+Transfer.swift`).
@Suite struct MeetingTransferTests {
    typealias S = Scenario

    static let analysis = TransferAnalysis(unit: "县住建局", source: "本地论坛", postedAt: "11月23日 07:40",
                                           spread: "论坛→微信群→微博", comments: "跟帖300余条", views: "多数要求公开工期")

    static func transferred() throws -> (Scenario, String) {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(0.5)) { try $0.assign(code, unit: "县住建局", role: .cooperating) }
        try scenario.record(at: S.hours(1)) { try $0.meetingTransfer(code, to: "县住建局", reason: "会商决定", office: "县政务公开办") }
        return (scenario, code)
    }

    @Test func theTransferIsCopiedAndFeedbackWaitsForTheAnalysis() throws {
        var (scenario, code) = try Self.transferred()
        var subject = scenario.subject(code)
        #expect(subject.meetingTransfers.map(\.copiedTo) == ["县政务公开办"])
        #expect(subject.unit(in: .first) == "县住建局")
        #expect(Strings.chinese.summary(of: subject.timeline.last!.body) == "会商转办至县住建局：会商决定（抄送县政务公开办）")
        #expect(throws: DraftRefusal.analysisMissing(code: code, unit: "县住建局")) {
            try scenario.record(at: S.hours(2)) { try $0.feedback(code, unit: "县住建局", text: "已处置", at: nil) }
        }
        var partial = Self.analysis
        partial = TransferAnalysis(unit: partial.unit, source: partial.source, postedAt: partial.postedAt, spread: " ",
                                   comments: partial.comments, views: partial.views)
        #expect(throws: DraftRefusal.emptyField(name: .analysis(.spread))) {
            try scenario.record(at: S.hours(2)) { try $0.analyseTransfer(code, partial) }
        }
        try scenario.record(at: S.hours(2)) { try $0.analyseTransfer(code, Self.analysis) }
        try scenario.record(at: S.hours(3)) { try $0.feedback(code, unit: "县住建局", text: "已处置", at: nil) }
        subject = scenario.subject(code)
        #expect(subject.transferAnalyses == [Self.analysis])
        #expect(subject.feedback.count == 1)
    }

    @Test func onlyTheUnitTheMeetingTransferredToAnalyses() throws {
        var (scenario, code) = try Self.transferred()
        let other = TransferAnalysis(unit: "县水务局", source: "a", postedAt: "b", spread: "c", comments: "d", views: "e")
        #expect(throws: DraftRefusal.notTransferredTo(code: code, unit: "县水务局", units: ["县住建局"])) {
            try scenario.record(at: S.hours(2)) { try $0.analyseTransfer(code, other) }
        }
    }

    /// A transfer by the desk, not the meeting, asks for no analysis and copies no one: as before.
    @Test func anOrdinaryTransferIsAsBefore() throws {
        var scenario = Scenario()
        let code = try scenario.report()
        try scenario.record(at: S.hours(0.5)) { try $0.assign(code, unit: "县住建局", role: .cooperating) }
        try scenario.record(at: S.hours(1)) { try $0.transfer(code, to: "县住建局", reason: "职责调整") }
        try scenario.record(at: S.hours(2)) { try $0.feedback(code, unit: "县住建局", text: "已处置", at: nil) }
        #expect(scenario.subject(code).meetingTransfers.isEmpty)
        let body = scenario.subject(code).timeline[2].body
        #expect(EventPayloadCodec.encode(body, utcOffset: 0)["copiedTo"] == nil)
    }
}
