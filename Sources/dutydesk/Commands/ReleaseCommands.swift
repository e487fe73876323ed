import ArgumentParser
import DutyDeskCore
import DutyDeskText
import Foundation

/// A release's way out: 起草 → 会签 (each co-operating unit) → 审定 (a leader) → 发布. Each step is a
/// `CaseAction` checked by `EventDrafter` as the console's forms are.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: HelpText.pick(zh: "起草发布稿，配合单位会签，领导审定，然后发布。", en: "Draft a release, have the co-operating units agree, a leader sign it off, then publish it."),
        discussion: HelpText.pick(zh: "48 小时时限由发布满足，起草不算。`dutydesk respond --urgent 原因` 仍可越过待定稿件直接发布。", en: "The 48 h clock is met by the publication, never by the draft. `dutydesk respond --urgent REASON` still releases directly, past a pending draft."),
        subcommands: [ReleaseDraftCommand.self, ReleaseConfirmCommand.self, ReleaseObjectCommand.self,
                      ReleaseSignOffCommand.self, ReleaseSendBackCommand.self, ReleasePublishCommand.self])
}

extension ReleaseCommand {
    /// An objection or a sending back says why: refused as bad usage (exit 2) before the ledger is touched.
    static func required(_ value: String, _ field: RecordingField, _ desk: DeskContext) throws {
        guard value.trimmingSpacesAndLines().isEmpty else { return }
        throw CLIFailure(message: desk.strings.recordingError(.emptyField(name: field), timeZone: desk.timeZone), exitCode: 2)
    }
}

private var draftHelp: ArgumentHelp { ArgumentHelp(HelpText.pick(zh: "稿件：在事件中的序号（1、2 …）或其标识；默认最早的待定稿件。", en: "The draft: its number on the case (1, 2 …) or id; default the oldest pending one.")) }
private var atHelp: ArgumentHelp { ArgumentHelp(HelpText.pick(zh: "时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")) }

struct ReleaseDraftCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: HelpText.pick(zh: "起草：写一篇待会签、审定的发布稿。", en: "Draft: write a release for agreement and sign-off."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "发布方式，如 发布权威信息、政务微博。", en: "How it is to be released, e.g. release, weibo."))) var method: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "正文（必填；用 --wording 时默认为口径原文）。", en: "The text (required; with --wording, the wording's text by default)."))) var text: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "所用口径的话题（见 dutydesk wording）；稿件记下所用口径。", en: "The topic of the wording used (see dutydesk wording); the draft records which wording it used."))) var wording: String?
    @Option(name: .customLong("on"), help: ArgumentHelp(HelpText.pick(zh: "发布平台：账号、网站或栏目。", en: "Where: the account, site or programme."))) var releasedOn: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "拟发言人。", en: "Who is to speak (the spokesperson)."))) var spokesperson: String?
    @Option(name: .customLong("sign-off-by"), help: ArgumentHelp(HelpText.pick(zh: "拟审定的领导。", en: "The leader expected to sign it off."))) var signOffBy: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "专家解读的专家（该发布方式必填）。", en: "The expert who is to interpret (required for an expert interpretation)."))) var expert: String?

    func run() throws {
        try perform(code) { desk in
            .draftRelease(ReleaseDraft(method: try desk.value(method, as: ResponseMethod.self, option: "--method"), text: text ?? "",
                                       channel: releasedOn ?? "", spokesperson: spokesperson ?? "", signOffBy: signOffBy ?? "",
                                       expert: expert ?? "", wording: wording.map { WordingUse(id: "", topic: $0) }))
        }
    }
}

struct ReleaseConfirmCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "confirm", abstract: HelpText.pick(zh: "会签：配合单位同意稿件。", en: "Agree: a co-operating unit agrees to a draft."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "配合单位。", en: "The co-operating unit."))) var unit: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in .confirmRelease(draft: draft, unit: unit, objection: "", at: try desk.time(at, option: "--at")) }
    }
}

struct ReleaseObjectCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "object", abstract: HelpText.pick(zh: "会签：配合单位对稿件有异议。", en: "Object: a co-operating unit objects to a draft."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "配合单位。", en: "The co-operating unit."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "异议内容（必填）。", en: "What it objects to (required)."))) var text: String
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
    static let configuration = CommandConfiguration(commandName: "sign-off", abstract: HelpText.pick(zh: "审定：领导审定已会签的稿件。", en: "Sign off: a leader signs off an agreed draft."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "审定的领导。", en: "The leader who signs it off."))) var leader: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in .signOffRelease(draft: draft, leader: leader, sentBackReason: "", at: try desk.time(at, option: "--at")) }
    }
}

struct ReleaseSendBackCommand: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "send-back", abstract: HelpText.pick(zh: "审定：领导退回稿件并说明原因。", en: "Send back: a leader sends a draft back, with why."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "领导。", en: "The leader."))) var leader: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "原因（必填）。", en: "Why (required)."))) var reason: String
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
                                                    abstract: HelpText.pick(zh: "发布：已审定的稿件发出，满足时限。", en: "Publish: a signed-off draft goes out; this meets the clock."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: draftHelp) var draft: String?
    @Option(parsing: .unconditional, help: atHelp) var at: String?

    func run() throws {
        try perform(code) { desk in .publishDraft(draft: draft, at: try desk.time(at, option: "--at")) }
    }
}
