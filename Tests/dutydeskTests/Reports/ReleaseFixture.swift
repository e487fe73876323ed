import DutyDeskCore
import DutyDeskLedger
import DutyDeskTestSupport
import Foundation

/// A ledger of releases on their way out (起草 → 会签 → 审定 → 发布), written through `EventDrafter`
/// into a real file ledger whose clock is the script's, so every event is recorded at a fixed
/// moment and the reports read from it are the same on every run. Kept apart from
/// `report-ledger.jsonl`, so that ledger's goldens stay as they were.
enum ReleaseFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    static let moment = "2026-11-21 12:00"
    static let published = "YQ-20261120-001"
    static let pending = "YQ-20261120-002"

    static func at(_ text: String) -> Date {
        guard case .success(let date) = TimeInput.parse(text, now: Date(), timeZone: zone) else { fatalError(text) }
        return date
    }

    /// A: agreed by both co-operating units (one after objecting), signed off, published.
    /// Two patrols at noon, then none for the rest of the day: the daily log flags the gap.
    /// B: a draft sent back, a second draft agreed and waiting for sign-off, and a direct release past it.
    static var script: [(at: String, step: (EventDrafter) throws -> EventDraft)] { [
        ("2026-11-20 08:05", { try $0.report(intake("城关镇锦绣花园小区自来水发黄", "城关镇", "2026-11-20 08:00", "县水务局"),
                                             newCaseID: CaseID("A")) }),
        ("2026-11-20 08:10", { try $0.assign(published, unit: "县卫健委", role: .cooperating) }),
        ("2026-11-20 08:10", { try $0.assign(published, unit: "城关镇", role: .cooperating) }),
        ("2026-11-20 09:00", { try $0.draftRelease(published, ReleaseDraft(
            method: .governmentWeibo, text: "经检测水质达标，发黄系水箱锈蚀", channel: "@示范县发布", spokesperson: "赵强",
            signOffBy: "王县长")) }),
        ("2026-11-20 09:30", { try $0.confirmRelease(published, draft: nil, unit: "县卫健委", objection: "", at: nil) }),
        ("2026-11-20 09:40", { try $0.confirmRelease(published, draft: nil, unit: "城关镇", objection: "请写明水箱更换期限", at: nil) }),
        ("2026-11-20 10:10", { try $0.confirmRelease(published, draft: nil, unit: "城关镇", objection: "", at: nil) }),
        ("2026-11-20 11:20", { try $0.signOffRelease(published, draft: nil, leader: "王县长", sentBackReason: "",
                                                     at: at("2026-11-20 11:00")) }),
        ("2026-11-20 11:30", { try $0.publishDraft(published, draft: nil, at: nil) }),
        ("2026-11-20 12:00", { try $0.logPatrol(Patrol(channels: [.weibo, .wechat], at: at("2026-11-20 12:00"))) }),
        ("2026-11-20 13:05", { try $0.logPatrol(Patrol(channels: [.web, .forum], at: at("2026-11-20 13:00"), cases: [published],
                                                       note: "跟帖增多")) }),
        ("2026-11-20 14:05", { try $0.report(intake("暴雨致河西街道道路积水", "河西街道", "2026-11-20 14:00", "县应急管理局"),
                                             newCaseID: CaseID("B")) }),
        ("2026-11-20 14:10", { try $0.assign(pending, unit: "县住建局", role: .cooperating) }),
        ("2026-11-20 15:00", { try $0.draftRelease(pending, ReleaseDraft(method: .authoritativeRelease, text: "积水已排除",
                                                                          signOffBy: "李副县长")) }),
        ("2026-11-20 15:30", { try $0.signOffRelease(pending, draft: nil, leader: "李副县长",
                                                     sentBackReason: "排水进度与住建局口径不一致", at: nil) }),
        ("2026-11-20 16:00", { try $0.draftRelease(pending, ReleaseDraft(
            method: .authoritativeRelease, text: "主干道积水已排除，支路仍在抢排", signOffBy: "李副县长")) }),
        ("2026-11-20 16:20", { try $0.respond(pending, method: .governmentWeibo, text: "请市民绕行河西路", at: nil,
                                              urgentReason: "积水险情，须立即提示绕行") }),
        ("2026-11-20 16:40", { try $0.confirmRelease(pending, draft: nil, unit: "县住建局", objection: "", at: nil) }),
    ] }

    static func intake(_ title: String, _ locality: String, _ discovered: String, _ unit: String) -> EventDrafter.Intake {
        var intake = EventDrafter.Intake(title: title, locality: locality)
        intake.discoveredAt = at(discovered)
        intake.unit = unit
        return intake
    }

    /// Writes the ledger at `path` as 张伟 on desk 测试县值班台.
    static func write(to path: String) throws {
        final class Clock: @unchecked Sendable { var now = Date() }
        let clock = Clock()
        clock.now = at(script[0].at)
        let store = try LedgerFile(path: path, access: .readWrite, deskID: "测试县值班台", operatorName: "张伟",
                                     now: { clock.now }, timeZone: zone)
        let session = try DeskSession(store: store, operatorName: "张伟")
        for (when, step) in script {
            clock.now = at(when)
            try session.record(by: "张伟") { state in [try step(EventDrafter(state: state, now: clock.now, timeZone: zone))] }
        }
    }
}
