import ArgumentParser
import DutyDeskCore
import Foundation

/// 巡查: which channels were checked, when, and what was found (the cases, or nothing new).
struct PatrolCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrol",
        abstract: "巡查: record the channels checked and what was found (case codes, or 无新情况).",
        discussion: "The handover and the daily log list the patrols and flag every stretch over patrol-hours "
            + "(settings, default 2) without one.")

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: "The channels checked, e.g. 微博,微信,网站 (weibo,wechat,website), comma-separated (required).")
    var channels: String
    @Option(name: .customLong("found"), help: "A case the patrol found (its code); repeat for several. None: 无新情况.")
    var found: [String] = []
    @Option(help: "What else was seen.") var note: String?
    @Option(parsing: .unconditional, help: "When (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).")
    var at: String?

    func run() throws {
        let desk = try context()
        let words = channels.split(whereSeparator: { ",，、 ".contains($0) }).map(String.init)
        let parsed = try words.map { try desk.value($0, as: Channel.self, option: "--channels") }
        let patrol = Patrol(channels: parsed, at: try desk.time(at, option: "--at") ?? desk.now, cases: Patrol.found(found), note: note ?? "")
        try desk.record { drafter throws(DraftRefusal) in try drafter.logPatrol(patrol) }
        StandardError.write(fill(desk.strings.patrol.recorded, desk.strings.patrolSummary(patrol)))
    }
}
