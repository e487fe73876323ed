import ArgumentParser
import DutyDeskCore
import Foundation

/// 网上问题，网下解决: a unit given the case records what it did on the ground, beside the online response.
struct OfflineCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "offline",
        abstract: "网下处置: a unit's step on the ground (what, where, result, when).",
        discussion: "A case closes as 办结 only once every unit given it has recorded feedback or an offline step, "
            + "or with close --units-pending-reason saying why not.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The unit (it must have a role on the case).") var unit: String
    @Option(help: "What was done on the ground (required).") var action: String
    @Option(help: "Where.") var place: String?
    @Option(help: "With what result.") var result: String?
    @Option(parsing: .unconditional, help: "When (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).")
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
        abstract: "转办分析: the receiving unit's 出处、发布时间、传播路径、跟帖情况、网民观点 (all required).")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The unit the joint meeting transferred the case to.") var unit: String
    @Option(help: "出处: where it first appeared.") var source: String
    @Option(name: .customLong("posted-at"), help: "发布时间: when it was posted, as found.") var postedAt: String
    @Option(help: "传播路径: how it spread.") var spread: String
    @Option(help: "跟帖情况: the comments under it.") var comments: String
    @Option(help: "网民观点: what netizens think.") var views: String

    func run() throws {
        try perform(code) { _ in
            .analyseTransfer(TransferAnalysis(unit: unit, source: source, postedAt: postedAt, spread: spread,
                                              comments: comments, views: views))
        }
    }
}
