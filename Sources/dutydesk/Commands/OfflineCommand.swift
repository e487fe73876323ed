import ArgumentParser
import DutyDeskCore
import Foundation

/// 网上问题，网下解决: a unit given the case records what it did on the ground, beside the online response.
struct OfflineCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "offline",
        abstract: HelpText.pick(zh: "网下处置：责任单位在网下做了什么、在哪里、结果如何、何时。",
                                en: "Offline handling: a unit's step on the ground (what, where, result, when)."),
        discussion: HelpText.pick(zh: "已交办的每个单位都记录了反馈或网下处置，事件才能以办结结案；否则须用 close --units-pending-reason 说明理由。",
                                  en: "A case closes as resolved only once every unit given it has recorded feedback or an offline step, "
                                      + "or with close --units-pending-reason saying why not."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "责任单位（须在该事件中有职责）。", en: "The unit (it must have a role on the case)."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "网下做了什么（必填）。", en: "What was done on the ground (required)."))) var action: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "地点。", en: "Where."))) var place: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "结果。", en: "With what result."))) var result: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")))
    var at: String?

    func run() throws {
        try perform(code) { desk in
            .offlineStep(unit: unit, action: action, place: place ?? "", result: result ?? "",
                         at: try desk.time(at, option: "--at"))
        }
    }
}

/// The analysis a unit the joint meeting transferred the case to owes before its feedback (002).
struct AnalyseCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: HelpText.pick(zh: "转办分析：接办单位分析出处、发布时间、传播路径、跟帖情况、网民观点（均必填）。",
                                en: "Transfer analysis: the receiving unit's source, posting time, spread, comments and netizens' views (all required)."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "会商转办的接办单位。", en: "The unit the joint meeting transferred the case to."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "出处：最早出现在哪里。", en: "Source: where it first appeared."))) var source: String
    @Option(name: .customLong("posted-at"), help: ArgumentHelp(HelpText.pick(zh: "发布时间：查到的发帖时间。", en: "Posted at: when it was posted, as found."))) var postedAt: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "传播路径：如何扩散。", en: "Spread: how it spread."))) var spread: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "跟帖情况：帖下的评论。", en: "Comments: what is said under it."))) var comments: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "网民观点：网民怎么看。", en: "Views: what netizens think."))) var views: String

    func run() throws {
        try perform(code) { _ in
            .analyseTransfer(TransferAnalysis(unit: unit, source: source, postedAt: postedAt, spread: spread,
                                              comments: comments, views: views))
        }
    }
}
