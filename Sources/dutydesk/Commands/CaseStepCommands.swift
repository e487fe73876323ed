import ArgumentParser
import DutyDeskCore
import Foundation

/// Every step on a case is one event, checked by `EventDrafter.perform` exactly as the console's
/// forms are; the clock it leaves is told on stderr: a new supervised item's own, else the case's.
extension DeskCommand {
    func perform(_ code: String, _ action: (DeskContext) throws -> CaseAction) throws {
        let desk = try context()
        let action = try action(desk)
        var earlierItems: [String] = []
        let instruction = if case .instruct = action { true } else { false }
        let subject = try desk.record(instruction: instruction) { drafter throws(DraftRefusal) in
            earlierItems = drafter.state.findCase(code: code)?.supervisedItems.map(\.id) ?? []
            return try drafter.perform(action, on: code)
        }
        guard let subject else { return }
        let newItems = subject.supervisedItems.filter { !earlierItems.contains($0.id) }
        if newItems.isEmpty {
            Confirmation.print(subject, desk)
        } else {
            Confirmation.print(newItems, of: subject, desk)
        }
    }
}

struct Acknowledge: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "acknowledge", abstract: HelpText.pick(zh: "签收：单位接收事件。", en: "Acknowledge: a unit accepts the case."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "签收的单位。", en: "The unit that accepts."))) var unit: String

    func run() throws { try perform(code) { _ in .acknowledge(unit: unit) } }
}

struct Transfer: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: HelpText.pick(zh: "转办：把事件交给另一单位作为第一责任主体。", en: "Transfer: hand the case to another unit as first responsible."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "接手的单位。", en: "The unit taking it over."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "原因（必填）。", en: "Why (required)."))) var reason: String
    @Flag(help: ArgumentHelp(HelpText.pick(zh: "会商转办：抄送设置中的 open-affairs-office（默认县政务公开办）；责任单位先记录转办分析（dutydesk analyse），再记录反馈。", en: "Transferred by the joint meeting: copied to the settings' open-affairs-office (by default the county's open-affairs office); the unit records its analysis (dutydesk analyse) before its feedback.")))
    var meeting = false

    func run() throws {
        try perform(code) { desk in
            meeting ? .meetingTransfer(unit: unit, reason: reason, office: desk.settings.openAffairsOffice)
                : .transfer(unit: unit, reason: reason)
        }
    }
}

struct Refer: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "refer", abstract: HelpText.pick(zh: "移交：把事件移交公安或网监。", en: "Refer: refer the case to the police or internet supervision."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "公安|网监。", en: "police|internet-supervision."))) var to: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "移交的内容。", en: "What is referred."))) var note: String?

    func run() throws {
        try perform(code) { desk in .refer(target: try desk.value(to, as: ReferralTarget.self, option: "--to"), note: note ?? "") }
    }
}

struct ReferralOutcomeCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral-outcome", abstract: HelpText.pick(zh: "记录事件最近一次未结移交的结果。", en: "Record what came of the case's latest open referral."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "结果。", en: "The outcome."))) var outcome: String

    func run() throws { try perform(code) { _ in .referralOutcome(outcome) } }
}

struct Reopen: DeskCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: HelpText.pick(zh: "重新打开已办结的事件，时限重新计时。", en: "Reopen a closed case; its clocks run again."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "原因（必填）。", en: "Why (required)."))) var reason: String

    func run() throws { try perform(code) { _ in .reopen(reason: reason) } }
}

struct Correct: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: HelpText.pick(zh: "以一条新记录更正登记字段，时间线上两者都保留。", en: "Correct a report field with a new event; the timeline shows both."),
        discussion: HelpText.pick(zh: "可更正的字段：事由、详情、属地、来电人、电话、来源渠道、发现时间。", en: "Fields: title, detail, locality, caller, phone, channel, discovered-at."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "字段。", en: "The field."))) var field: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "正确的值。", en: "Its right value."))) var value: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "原因（必填），舆情专报和超时通报中随更正一并列出。", en: "Why (required); it is listed with the correction in the brief and the overdue notice."))) var reason: String

    func run() throws {
        try perform(code) { desk in
            .correct(field: try desk.value(field, as: CorrectableField.self, option: "--field"), value: value, reason: reason)
        }
    }
}

struct Feedback: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: HelpText.pick(zh: "反馈：在事件中有职责的单位说明已做的线下、线上工作。", en: "Feedback: a unit with a role on the case says what it has done, offline and online."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "单位（须在事件中有职责）。", en: "The unit (it must have a role on the case)."))) var unit: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "已做的工作。", en: "What it has done."))) var text: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")))
    var at: String?

    func run() throws {
        try perform(code) { desk in .feedback(unit: unit, text: text, at: try desk.time(at, option: "--at")) }
    }
}

struct ReportUp: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-to",
        abstract: HelpText.pick(zh: "第一时间报告（报送）：记录事件已报送某部门或领导。", en: "First report: record that the case was reported to a department or leader."),
        discussion: HelpText.pick(zh: "重大、特别重大舆情须在发现后 first-report-minutes（默认 60）分钟内报送设置 first-report-to 中的每个部门（默认县政府办公室和县网信办）。", en: "A major or extraordinary opinion is reported to every department in the settings' first-report-to (default the county government office and the county cyberspace office) within first-report-minutes (default 60) of discovery."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "报送对象（部门或领导）。", en: "Reported to (a department or leader)."))) var to: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "值班电话|网络舆情沟通平台|政务信息报送系统|书面|其他。", en: "phone|opinion-platform|info-system|written|other.")))
    var method: String
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")))
    var at: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "报送的内容。", en: "What was reported."))) var text: String?
    @Option(help: ArgumentHelp(HelpText.pick(zh: "本级|上级机关|同级党委，默认本级。", en: "same-level|higher|party-committee; default same-level."))) var scope: String?

    func run() throws {
        try perform(code) { desk in
            .reportUp(UpwardReport(recipient: to, method: try desk.value(method, as: ReportMethod.self, option: "--method"),
                                   at: try desk.time(at, option: "--at") ?? desk.now, text: text ?? "",
                                   scope: try scope.map { try desk.value($0, as: ReportScope.self, option: "--scope") } ?? .sameLevel))
        }
    }
}
