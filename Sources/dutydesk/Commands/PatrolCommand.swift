import ArgumentParser
import DutyDeskCore
import Foundation

/// 巡查: which channels were checked, when, and what was found (the cases, or nothing new).
struct PatrolCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "patrol",
        abstract: HelpText.pick(zh: "巡查：记录巡查的渠道和发现（事件编号，或无新情况）。", en: "Patrol: record the channels checked and what was found (case codes, or none)."),
        discussion: HelpText.pick(zh: "交接班记录和舆情日志列出各次巡查，并标出超过 patrol-hours（设置，默认 2）小时无巡查的时段。", en: "The handover and the daily log list the patrols and flag every stretch over patrol-hours (settings, default 2) without one."))

    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "巡查的渠道，如 微博,微信,网站，逗号分隔（必填）。", en: "The channels checked, e.g. weibo,wechat,website, comma-separated (required).")))
    var channels: String
    @Option(name: .customLong("found"), help: ArgumentHelp(HelpText.pick(zh: "巡查发现的事件（编号），可重复；没有则写 无新情况。", en: "A case the patrol found (its code); repeat for several. None: none.")))
    var found: [String] = []
    @Option(help: ArgumentHelp(HelpText.pick(zh: "其他所见。", en: "What else was seen."))) var note: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")))
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
