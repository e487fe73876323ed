import DutyDeskCore
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation

/// A ledger of who spoke and what was done on the ground (issue 14, points 2–4), written through
/// `EventDrafter` into a real file ledger at the script's moments, so its reports are the same on every run.
///
/// A: a 重大 emergency registered under the 重大 response plan, two of its items ticked: a conference held by
///    staff alone (recorded, not counted), then one the spokesperson attended, and a 专家解读 naming its expert.
/// B: a case the joint meeting transferred (copied to the 政务公开办), analysed by the unit before its feedback,
///    the unit's step on the ground, and a 办结 before the co-operating unit answered, with why.
enum HandlingFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    static let moment = "2026-11-21 12:00"
    static let conference = "YQ-20261120-001"
    static let transferred = "YQ-20261120-002"

    static func at(_ text: String) -> Date { ReleaseFixture.at(text) }

    /// 分级响应预案 as a desk's settings would give them.
    static let plans = ResponsePlans([.major: ["第一时间报告", "收集权威信息", "确定牵头单位", "起草通稿", "拟定发言人"]])

    static var script: [(at: String, step: (EventDrafter) throws -> EventDraft)] { [
        ("2026-11-20 08:05", { drafter in
            var intake = ReleaseFixture.intake("青山乡山体滑坡致村道中断", "青山乡", "2026-11-20 08:00", "县应急管理局")
            intake.grade = .major
            return try drafter.report(intake, newCaseID: CaseID("A"))
        }),
        ("2026-11-20 08:30", { try $0.tickChecklist(conference, item: "第一时间报告", at: at("2026-11-20 08:20")) }),
        ("2026-11-20 09:30", { try $0.tickChecklist(conference, item: "确定牵头单位", at: nil) }),
        ("2026-11-20 12:10", { try $0.pressConference(conference, at: at("2026-11-20 12:00"), speaker: "办公室工作人员",
                                                      venue: "县政府新闻发布厅",
                                                      attendees: [ConferenceAttendee(name: "何静", role: .other)]) }),
        ("2026-11-20 18:05", { try $0.pressConference(conference, at: at("2026-11-20 18:00"), speaker: "何伟",
                                                      venue: "县政府新闻发布厅",
                                                      attendees: [ConferenceAttendee(name: "何伟", role: .spokesperson),
                                                                  ConferenceAttendee(name: "马军", role: .head)]) }),
        ("2026-11-20 20:00", { try $0.respond(conference, method: .expertInterpretation, text: "滑坡体已趋稳定，暂无二次滑坡风险",
                                              at: nil, channel: "县融媒体中心", expert: "周建") }),
        ("2026-11-20 09:05", { try $0.report(ReleaseFixture.intake("城南楼盘延期交房，业主聚集维权", "城南街道", "2026-11-20 09:00",
                                                                   "县住建局"), newCaseID: CaseID("B")) }),
        ("2026-11-20 09:10", { try $0.assign(transferred, unit: "县信访局", role: .cooperating) }),
        ("2026-11-20 09:10", { try $0.assign(transferred, unit: "城南街道", role: .cooperating) }),
        ("2026-11-20 10:00", { try $0.meetingTransfer(transferred, to: "县信访局", reason: "会商决定由县信访局牵头接访",
                                                      office: "县政务公开办") }),
        ("2026-11-20 11:00", { try $0.analyseTransfer(transferred, TransferAnalysis(
            unit: "县信访局", source: "本地论坛", postedAt: "11月19日 19:20", spread: "论坛→业主微信群→短视频",
            comments: "跟帖320余条", views: "要求公布交房时间")) }),
        ("2026-11-20 13:00", { try $0.feedback(transferred, unit: "县信访局", text: "已接待业主代表12人", at: nil) }),
        ("2026-11-20 15:00", { try $0.offlineStep(transferred, unit: "县信访局", action: "现场接访，约谈开发商",
                                                  place: "楼盘售楼处", result: "开发商承诺月底前交房", at: at("2026-11-20 14:30")) }),
        ("2026-11-20 16:00", { try $0.respond(transferred, method: .authoritativeRelease, text: "公布交房计划", at: nil) }),
        ("2026-11-20 17:00", { try $0.close(transferred, reason: .resolved, at: nil,
                                            unitsPendingReason: "城南街道已电话说明，书面反馈后补") }),
    ].sorted { $0.at < $1.at } }

    /// Writes the ledger at `path` as 张伟 on desk 测试县值班台.
    static func write(to path: String) throws {
        final class Clock: @unchecked Sendable { var now = Date() }
        let clock = Clock()
        let steps = script
        clock.now = at(steps[0].at)
        let store = try LedgerFile(path: path, access: .readWrite, deskID: "测试县值班台", operatorName: "张伟",
                                   now: { clock.now }, timeZone: zone)
        let session = try DeskSession(store: store, operatorName: "张伟")
        for (when, step) in steps {
            clock.now = at(when)
            try session.record(by: "张伟") { state in [try step(EventDrafter(state: state, now: clock.now, timeZone: zone, responsePlans: plans))] }
        }
    }
}
