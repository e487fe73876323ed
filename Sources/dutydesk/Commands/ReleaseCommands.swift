import ArgumentParser
import DutyDeskCore
import Foundation

/// A release's way out: 起草 → 会签 (each co-operating unit) → 审定 (a leader) → 发布. Each step is a
/// `CaseAction` checked by `EventDrafter` as the console's forms are.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Draft a release, have the co-operating units agree, a leader sign it off, then publish it.",
        discussion: "The 48 h clock is met by the publication, never by the draft. `dutydesk respond --urgent REASON` "
            + "still releases directly, past a pending draft.",
        subcommands: [ReleaseDraftCommand.self, ReleaseConfirmCommand.self, ReleaseObjectCommand.self,
                      ReleaseSignOffCommand.self, ReleaseSendBackCommand.self, ReleasePublishCommand.self])
}

extension ReleaseCommand {
    /// An objection or a sending back says why: refused as bad usage (exit 2) before the ledger is touched.
    static func required(_ value: String, _ field: RecordingField, _ desk: DeskContext) throws {
        guard value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        throw CLIFailure(message: desk.strings.recordingError(.emptyField(name: field), timeZone: desk.timeZone), exitCode: 2)
    }
}

private let draftHelp = ArgumentHelp("The draft: its number on the case (1, 2 …) or id; default the oldest pending one.")
private let atHelp = ArgumentHelp("When (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).")

struct ReleaseDraftCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "起草: write a release for agreement and sign-off.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "How it is to be released, e.g. 发布权威信息/release, 政务微博/weibo.") var method: String
    @Option(help: "The text (required).") var text: String
    @Option(name: .customLong("on"), help: "Where: the account, site or programme.") var releasedOn: String?
    @Option(help: "Who is to speak (发言人).") var spokesperson: String?
    @Option(name: .customLong("sign-off-by"), help: "The leader expected to sign it off (审定).") var signOffBy: String?
    @Option(help: "专家解读: the expert who is to interpret (required for that method).") var expert: String?

    func run() throws {
        try perform(code) { desk in
            .draftRelease(ReleaseDraft(method: try desk.value(method, as: ResponseMethod.self, option: "--method"), text: text,
                                       channel: releasedOn ?? "", spokesperson: spokesperson ?? "", signOffBy: signOffBy ?? "",
                                       expert: expert ?? ""))
        }
    }
}

struct ReleaseConfirmCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "confirm", abstract: "会签: a co-operating unit agrees to a draft.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The co-operating unit.") var unit: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in .confirmRelease(draft: draft, unit: unit, objection: "", at: try desk.time(at, option: "--at")) }
    }
}

struct ReleaseObjectCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "object", abstract: "会签: a co-operating unit objects to a draft.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The co-operating unit.") var unit: String
    @Option(help: "What it objects to (required).") var text: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in
            try ReleaseCommand.required(text, .text, desk)
            return .confirmRelease(draft: draft, unit: unit, objection: text, at: try desk.time(at, option: "--at"))
        }
    }
}

struct ReleaseSignOffCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "sign-off", abstract: "审定: a leader signs off an agreed draft.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The leader who signs it off.") var leader: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in .signOffRelease(draft: draft, leader: leader, sentBackReason: "", at: try desk.time(at, option: "--at")) }
    }
}

struct ReleaseSendBackCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "send-back", abstract: "审定: a leader sends a draft back, with why.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The leader.") var leader: String
    @Option(help: "Why (required).") var reason: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in
            try ReleaseCommand.required(reason, .reason, desk)
            return .signOffRelease(draft: draft, leader: leader, sentBackReason: reason, at: try desk.time(at, option: "--at"))
        }
    }
}

struct ReleasePublishCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "publish",
                                                    abstract: "发布: a signed-off draft goes out; this meets the clock.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in .publishDraft(draft: draft, at: try desk.time(at, option: "--at")) }
    }
}
