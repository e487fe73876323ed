import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct EventPayloadCodecTests {
    static let at = Scenario.start
    static let bodies: [EventBody] = [
        .logCreated(LogIdentity(logID: "L-1", deskID: "城关", createdAt: at)),
        .logRepaired(TornTailRepair(offset: 10, length: 3, sha256: String(repeating: "a", count: 64), savedAs: "x.torn")),
        .caseReported(CaseReport(code: "YQ-20261123-001", title: "标题\u{1B}[31m", detail: "第一行\n第二行",
                                 channel: .hotline, locality: "城关镇", caller: "李女士", phone: "138",
                                 discoveredAt: at, grade: .major, unit: "县水务局")),
        .reportLinked(LinkedReport(channel: .weibo, caller: "王先生", phone: "139", note: "同一视频")),
        .caseRegraded(grade: .extraordinary, at: at),
        .caseTriaged({
            var triage = Triage(grade: .major, verification: .partlyTrue, at: at)
            triage.warningClass = .sensitive
            triage.priority = .publicInterest
            triage.riskLevel = .high
            triage.nature = "供水安全"
            triage.note = "需水务局当日回应"
            return triage
        }()),
        .caseTriaged(Triage(grade: .general, verification: .pending, at: at)),
        .unitAssigned(unit: "县政府办", role: .lead),
        .unitAcknowledged(unit: "县水务局"),
        .caseTransferred(toUnit: "县卫健委", reason: "职责调整"),
        .referralMade(target: .internetSupervision, note: "造谣帖文"),
        .referralOutcome(referral: "E-1", outcome: "已依法处理"),
        .caseReopened(reason: "再次发酵"),
        .instructionIssued(leader: "王县长", text: "请水务局当日回应", dueAt: at),
        .meetingHeld(JointMeeting(at: at, attendees: ["政府办", "宣传部"], decisions: "统一口径",
                                  actions: [JointMeeting.Task(text: "发布通报", unit: "县水务局", dueAt: at),
                                            JointMeeting.Task(text: "关注")])),
        .itemReportedBack(item: "E-3", text: "已发布"),
        .itemCompleted(item: "E-3#1"),
        .shiftHandedOver(ShiftHandover(outgoing: "张伟", incoming: "李娜", note: "化工园区待回告")),
        .caseCorrected(field: .discoveredAt, value: "2026-11-23T07:30:00+08:00", corrects: "E-2"),
        .responsePublished(PublicResponse(method: .clarification, text: "辟谣", at: at, number: 2)),
        .responsePublished(PublicResponse(method: .governmentWeibo, text: "通报", at: at, number: 0, channel: "@示范县发布",
                                          spokesperson: "刘强")),
        .unitAssigned(unit: "省生态环境厅", role: .verticalCoordinator),
        .pressConferenceHeld(PressConference(at: at, speaker: "王局长", venue: "县政府新闻发布厅")),
        .noteAdded(text: "备注"),
        .caseClosed(reason: .falseReport, at: at),
        .logCheckpointed(Checkpoint(logID: "L-1", seq: 41, headHash: String(repeating: "ab", count: 32), signedAt: at,
                                    publicKey: String(repeating: "c", count: 64), signature: String(repeating: "d", count: 128))),
        .unrecognized(type: "case.future-kind", payload: JSONObject([("x", .int(1))])),
    ]

    @Test(arguments: bodies)
    func everyBodySurvivesTheLog(body: EventBody) throws {
        let data = EventPayloadCodec.encode(body, utcOffset: 8 * 3600)
        let reread = try JSONParser.parse(JSONWriter.compact(.object(data))).objectValue!
        #expect(try EventPayloadCodec.decode(type: body.typeName, data: reread) == body)
    }

    @Test func aMissingRequiredFieldIsNamed() {
        #expect(throws: EventPayloadCodec.DecodingFailure(type: "case.regraded", field: "at")) {
            try EventPayloadCodec.decode(type: "case.regraded", data: JSONObject([("grade", "major")]))
        }
        #expect(throws: EventPayloadCodec.DecodingFailure(type: "unit.assigned", field: "role")) {
            try EventPayloadCodec.decode(type: "unit.assigned", data: JSONObject([("unit", "x"), ("role", "boss")]))
        }
    }
}
