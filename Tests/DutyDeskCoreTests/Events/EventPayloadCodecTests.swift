import DutyDeskJSON
import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct EventPayloadCodecTests {
    static let at = Scenario.start
    static let bodies: [EventBody] = [
        .ledgerCreated(LedgerIdentity(ledgerID: "L-1", deskID: "城关", createdAt: at)),
        .ledgerRepaired(TornTailRepair(offset: 10, length: 3, sha256: String(repeating: "a", count: 64), savedAs: "x.torn")),
        .caseReported(CaseReport(code: "YQ-20261123-001", title: "标题\u{1B}[31m", detail: "第一行\n第二行",
                                 channel: .hotline, locality: "城关镇", caller: "李女士", phone: "138",
                                 discoveredAt: at, grade: .major, unit: "县水务局")),
        .reportLinked(LinkedReport(channel: .weibo, caller: "王先生", phone: "139", note: "同一视频")),
        .caseRegraded(grade: .extraordinary, at: at),
        .caseRegraded(grade: .major, at: at, checklist: ["起草通稿", "拟定发言人"]),
        .caseReported(CaseReport(code: "YQ-20261123-002", title: "暴雨积水", locality: "河西街道", discoveredAt: at,
                                 grade: .major, checklist: ["第一时间报告", "收集权威信息"])),
        .checklistTicked(ChecklistTick(item: "第一时间报告", at: at)),
        .caseTriaged({
            var triage = Triage(at: at, grade: .major, verification: .grounded)
            triage.warningClass = .sensitive
            triage.priority = .publicInterest
            triage.riskLevel = .high
            triage.nature = "供水安全"
            triage.note = "需水务局当日回应"
            return triage
        }()),
        .caseTriaged(Triage(at: at, grade: .general, verification: .pending)),
        .caseTriaged({
            var triage = Triage(at: at)
            triage.warningClass = .emergency
            triage.checklist = ["会商研判", "拟定发言人"]
            return triage
        }()),
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
        .caseCorrected(Correction(field: .discoveredAt, value: "2026-11-23T07:30:00+08:00", corrects: "E-2", reason: "来电人记错时间")),
        .responsePublished(PublicResponse(method: .clarification, text: "辟谣", at: at)),
        .responsePublished(PublicResponse(method: .governmentWeibo, text: "通报", at: at, channel: "@示范县发布",
                                          spokesperson: "刘强")),
        .unitAssigned(unit: "省生态环境厅", role: .verticalCoordinator),
        .pressConferenceHeld(PressConference(at: at, speaker: "王局长", venue: "县政府新闻发布厅")),
        .noteAdded(text: "备注"),
        .caseClosed(reason: .falseReport, at: at),
        .unitFeedback(UnitFeedback(unit: "县水务局", text: "已上门检测水质", at: at)),
        .reportedUp(UpwardReport(recipient: "县网信办", method: .opinionPlatform, at: at, text: "已报")),
        .reportedUp(UpwardReport(recipient: "县委", method: .written, at: at, scope: .partyCommittee)),
        .accountabilityDecided(AccountabilityDecision(measure: .interview, unit: "县住建局", person: "李四", trigger: .passive,
                                                      cases: ["YQ-20261123-001"], report: "通报", decidedBy: "王县长", at: at)),
        .mistakeTolerated(person: "刘强", reason: "口误已更正"),
        .riskAssessed(RiskAssessment(code: "FX-20261123-001", title: "调整公交线路", unit: "县交通局", plannedOn: "2026-12-10",
                                     methods: [.sampling, .consultation], riskLevel: .high, risks: "沿线居民反对",
                                     plan: "提前公示、召开听证会", reviewedBy: "王县长")),
        .patrolLogged(Patrol(channels: [.weibo, .wechat], at: at)),
        .patrolLogged(Patrol(channels: [.web], at: at, cases: ["YQ-20261123-001"], note: "转发增多")),
        .releaseDrafted(ReleaseDraft(method: .governmentWeibo, text: "已组织抢修", channel: "@示范县发布", spokesperson: "刘强",
                                     signOffBy: "王县长")),
        .releaseConfirmed(ReleaseConfirmation(draft: "E-9", unit: "县公安局", at: at)),
        .releaseConfirmed(ReleaseConfirmation(draft: "E-9", unit: "县应急局", objection: "伤亡数字待核", at: at)),
        .releaseSignedOff(ReleaseSignOff(draft: "E-9", leader: "王县长", at: at)),
        .releaseSignedOff(ReleaseSignOff(draft: "E-9", leader: "王县长", sentBackReason: "口径不一致", at: at)),
        .responsePublished(PublicResponse(method: .portal, text: "通报", at: at, draft: "E-9")),
        .responsePublished(PublicResponse(method: .portal, text: "紧急提示", at: at, urgentReason: "暴雨预警，来不及会签")),
        .caseReported(CaseReport(code: "YQ-20261123-002", title: "热线工单", locality: "城关镇", discoveredAt: at,
                                 grade: .none, level: .major, ref: "12345-0001")),
        .ledgerCheckpointed(Checkpoint(ledgerID: "L-1", seq: 41, headHash: String(repeating: "ab", count: 32), signedAt: at,
                                    publicKey: String(repeating: "c", count: 64), signature: String(repeating: "d", count: 128))),
        .unrecognized(type: "case.future-kind", payload: JSONObject([("x", .int(1))])),
        .pressConferenceHeld(PressConference(at: at, speaker: "何伟", attendees: [ConferenceAttendee(name: "何伟", role: .spokesperson),
                                                                                 ConferenceAttendee(name: "何静", role: .other)])),
        .pressConferenceHeld(PressConference(at: at, attendees: [ConferenceAttendee(name: "何静", role: .other)])),
        .responsePublished(PublicResponse(method: .expertInterpretation, text: "解读", at: at, expert: "周建")),
        .releaseDrafted(ReleaseDraft(method: .expertInterpretation, text: "解读稿", expert: "周建")),
        .releaseDrafted(ReleaseDraft(method: .governmentWeibo, text: "按口径", wording: WordingUse(id: "E-7", topic: "二次供水"))),
        .wordingApproved(WordingApproval(topic: "二次供水", text: "水质达标，已清洗水箱", leader: "王县长", at: at)),
        .wordingWithdrawn(WordingWithdrawal(wording: "E-7", reason: "检测结果更新")),
        .offlineStepTaken(OfflineStep(unit: "县水务局", action: "入户检测", place: "锦绣花园", result: "达标", at: at)),
        .offlineStepTaken(OfflineStep(unit: "城关镇", action: "走访", at: at)),
        .caseClosed(reason: .resolved, at: at, unitsPendingReason: "城关镇书面反馈后补"),
        .caseTransferred(toUnit: "县住建局", reason: "会商决定", copiedTo: "县政务公开办"),
        .transferAnalysed(TransferAnalysis(unit: "县住建局", source: "论坛", postedAt: "07:40", spread: "论坛→微信群",
                                           comments: "300余条", views: "要求公开工期")),
    ]

    @Test(arguments: bodies)
    func everyBodySurvivesTheLog(body: EventBody) throws {
        let data = EventPayloadCodec.encode(body, utcOffset: 8 * 3600)
        let reread = try JSONParser.parse(JSONWriter.compact(.object(data))).objectValue!
        #expect(try EventPayloadCodec.decode(type: body.typeName, data: reread) == body)
    }

    /// Ledgers written before the two grades and the five verdicts keep their meaning.
    @Test func olderLinesReadAsTheyWereMeant() throws {
        let reported = try EventPayloadCodec.decode(type: "case.reported", data: JSONObject([
            ("code", "YQ-1"), ("title", "t"), ("channel", "phone"), ("locality", "l"),
            ("discoveredAt", "2026-11-23T08:00:00+08:00"), ("grade", "major"),
        ]))
        guard case .caseReported(let report) = reported else { Issue.record("not a report"); return }
        #expect(report.grade == .major && report.level == .general, "the old grade is what set the clock")
        let triaged = try EventPayloadCodec.decode(type: "case.triaged", data: JSONObject([
            ("grade", "general"), ("verification", "partly-true"), ("warningClass", .null), ("nature", ""),
            ("at", "2026-11-23T09:00:00+08:00"),
        ]))
        guard case .caseTriaged(let triage) = triaged else { Issue.record("not a triage"); return }
        #expect(triage.verification == .grounded, "部分属实 reads as 有一定根据")
        #expect(triage.named.map(\.0) == [.verification, .grade], "an empty or null factor was not judged")
        #expect(triage.checklist.isEmpty, "a triage written before plans per level and class added none")
        let response = try EventPayloadCodec.decode(type: "response.published", data: JSONObject([
            ("method", "portal"), ("text", "x"), ("at", "2026-11-23T09:00:00+08:00"), ("number", 3),
        ]))
        #expect(response == .responsePublished(PublicResponse(method: .portal, text: "x", at: Self.at.addingTimeInterval(3600))),
                "a stored number is not what numbers a release")
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
