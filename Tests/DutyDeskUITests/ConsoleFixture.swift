import DutyDeskCore
import DutyDeskGrid
import Foundation
@testable import DutyDeskUI

/// A small desk at a fixed moment with a case in every lane and every clock band, built
/// through `EventDrafter` so it is exactly what the ledger would replay.
enum ConsoleFixture {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-23 14:00:00 in Shanghai.
    static let now = CivilTime(year: 2026, month: 11, day: 23, hour: 14).date(in: zone)

    static func ago(_ hours: Double) -> Date { now.addingTimeInterval(-hours * 3600) }

    static let desk: DeskState = {
        var state = DeskState()
        func report(_ title: String, _ locality: String, _ grade: Grade, _ hoursAgo: Double,
                    channel: Channel = .dutyPhone, unit: String = "") -> String {
            var intake = EventDrafter.Intake(title: title, locality: locality)
            intake.grade = grade
            intake.channel = channel
            intake.unit = unit
            intake.discoveredAt = ago(hoursAgo)
            intake.caller = "李女士"
            let id = CaseID("case-\(state.lastSeq + 1)")
            state.record(at: ago(hoursAgo)) { try $0.report(intake, newCaseID: id) }
            return state.cases.last!.code
        }
        state.record(at: ago(100)) { _ in
            EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: "fixture", deskID: "城关", createdAt: ago(100))))
        }
        let water = report("城关镇锦绣花园小区自来水发黄有异味", "城关镇", .general, 26, channel: .hotline, unit: "县水务局")
        state.record(at: ago(25)) { try $0.assign(water, unit: "城关镇", role: .cooperating) }
        let flood = report("暴雨致河西街道多处道路积水，车辆被淹视频在微博传播", "河西街道", .major, 20, channel: .weibo)
        state.record(at: ago(19)) { try $0.assign(flood, unit: "县应急管理局", role: .lead) }
        _ = report("某小学食堂“使用过期食材”传言", "东湖新区", .significant, 50, channel: .wechat)
        let truck = report("G205 国道货车侧翻致交通拥堵", "临江镇", .major, 30, unit: "县公安局")
        state.record(at: ago(9)) { try $0.pressConference(truck, at: nil, speaker: "刘强", attendees: [ConferenceAttendee(name: "刘强", role: .spokesperson)]) }
        _ = report("网传“县城明年取消学区划片”", "城关镇", .general, 2, channel: .weibo)
        let market = report("网传“某超市销售病死猪肉”", "城关镇", .general, 60)
        state.record(at: ago(52)) { try $0.respond(market, method: .clarification, text: "网传不实", at: nil) }
        state.record(at: ago(48)) { try $0.close(market, reason: .falseReport, at: nil) }
        return state
    }()

    static func state(_ language: Language = .chinese, deskName: String = "城关值班台", settings: DeskSettings = DeskSettings(),
                      reviewing: Date? = nil, draftOffer: DraftOffer? = nil, agenda: [String] = []) -> ConsoleState {
        ConsoleState(desk: desk, deskName: deskName, operatorName: "张伟", policy: DeadlinePolicy(),
                     strings: ConsoleStrings.table(for: language), timeZone: zone, settings: settings, reviewing: reviewing,
                     draftOffer: draftOffer, agenda: agenda)
    }
}

extension DeskState {
    /// One more event, drafted at `at` by `operatorName` as the console drafts it, numbered next and
    /// named `idPrefix-seq` unless `id` names it. Every fixture builds its desk through this, so all
    /// of them are what the ledger would replay.
    mutating func record(at: Date = ConsoleFixture.now, by operatorName: String = "张伟", idPrefix: String = "event",
                         id: String? = nil, _ build: (EventDrafter) throws -> EventDraft) {
        let draft = try! build(EventDrafter(state: self, now: at, timeZone: ConsoleFixture.zone))
        let seq = lastSeq + 1
        apply(Event(seq: seq, id: id ?? "\(idPrefix)-\(seq)", recordedAt: at, operatorName: operatorName,
                    caseID: draft.caseID, body: draft.body))
    }

    /// The desk with one more event (`record`).
    func recording(at: Date = ConsoleFixture.now, by operatorName: String = "张伟", id: String? = nil,
                   _ build: (EventDrafter) throws -> EventDraft) -> DeskState {
        var desk = self
        desk.record(at: at, by: operatorName, id: id, build)
        return desk
    }
}

extension ConsoleState {
    /// One more event on the ledger, as the console reads it.
    mutating func apply(_ event: Event) {
        var desk = self.desk
        desk.apply(event)
        handle(.ledgerRead(desk), now: ConsoleFixture.now)
    }

    /// Keys as the operator presses them.
    mutating func press(_ keys: [Key], now: Date = ConsoleFixture.now, size: (Int, Int) = (100, 30)) {
        for key in keys { handle(key, now: now, size: size) }
    }

    /// The `/` search typed (pasted) and left open, live-filtering: Esc first drops one being typed.
    mutating func typeSearch(_ text: String) {
        if searchDraft != nil { press([.escape]) }
        // The search opens on the one applied: Ctrl-U clears it first.
        press([Key.character("/"), .control("u")] + (text.isEmpty ? [] : [Key.paste(text)]))
    }

    /// The `/` search typed and applied with Enter.
    mutating func search(_ text: String) {
        typeSearch(text)
        press([.enter])
    }

    /// A `:` command typed and, unless `run` is false, run with Enter.
    mutating func command(_ line: String, run: Bool = true) {
        press([Key.character(":"), Key.paste(line)] + (run ? [Key.enter] : []))
    }
}
