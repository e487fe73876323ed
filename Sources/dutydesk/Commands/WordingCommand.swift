import ArgumentParser
import DutyDeskCore
import DutyDeskText
import Foundation

/// 口径: the desk's library of approved talking points, one offered per topic; a release draft
/// names the one it used (`release draft --wording`).
struct WordingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wording",
        abstract: HelpText.pick(zh: "口径库：列出审定的口径；add 审定一条，withdraw 撤回一条。", en: "Wording library: list the approved wordings; add approves one, withdraw withdraws one."),
        discussion: HelpText.pick(zh: "每个话题同时只有一条可用口径；要换口径，先撤回旧的（写明理由），再审定新的。撤回的口径仍留在台账和用过它的稿件中。", en: "One wording is offered per topic at a time; to change it, withdraw the old one (with the reason), then approve the new one. A withdrawn wording stays in the ledger and in the drafts that used it."),
        subcommands: [WordingListCommand.self, WordingAddCommand.self, WordingWithdrawCommand.self],
        defaultSubcommand: WordingListCommand.self)
}

struct WordingListCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: HelpText.pick(zh: "列出口径（可用的在前，撤回的在后）。", en: "List the wordings (offered first, then withdrawn)."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions

    func run() throws {
        let desk = try context()
        let state = try desk.readState()
        let strings = desk.strings
        if state.wordings.isEmpty { return print(strings.wording.none) }
        for item in state.activeWordings + state.wordings.filter({ !$0.isActive }) {
            print(SafeText.singleLine(strings.wordingLine(item, timeZone: desk.timeZone)))
        }
    }
}

struct WordingAddCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: HelpText.pick(zh: "审定口径：话题、口径内容、审定领导。", en: "Approve a wording: its topic, its text, the leader who approved it."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Option(help: ArgumentHelp(HelpText.pick(zh: "话题（必填），如 征地补偿。", en: "The topic (required), e.g. land compensation."))) var topic: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "口径内容（必填）。", en: "The wording's text (required)."))) var text: String
    @Option(name: .customLong("approved-by"), help: ArgumentHelp(HelpText.pick(zh: "审定领导（必填）。", en: "The leader who approved it (required)."))) var approvedBy: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "审定时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When it was approved (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")))
    var at: String?

    func run() throws {
        let desk = try context()
        let when = try desk.time(at, option: "--at")
        try desk.record { drafter throws(DraftRefusal) in
            try drafter.approveWording(topic: topic, text: text, leader: approvedBy, at: when)
        }
        StandardError.write(fill(desk.strings.wording.recorded, SafeText.singleLine(topic.trimmingSpacesAndLines())))
    }
}

struct WordingWithdrawCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "withdraw", abstract: HelpText.pick(zh: "撤回口径：不再提供，但留在台账中。", en: "Withdraw a wording: no longer offered, kept in the ledger."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "口径的话题（或其标识）。", en: "The wording's topic (or its id)."))) var topic: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "撤回理由（必填）。", en: "Why it is withdrawn (required)."))) var reason: String

    func run() throws {
        let desk = try context()
        try desk.record { drafter throws(DraftRefusal) in try drafter.withdrawWording(topic, reason: reason) }
        StandardError.write(fill(desk.strings.wording.withdrawnRecorded, SafeText.singleLine(topic.trimmingSpacesAndLines())))
    }
}
