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
    static let configuration = CommandConfiguration(abstract: "签收: a unit accepts the case.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The unit that accepts.") var unit: String

    func run() throws { try perform(code) { _ in .acknowledge(unit: unit) } }
}

struct Transfer: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "转办: hand the case to another unit as first responsible.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The unit taking it over.") var unit: String
    @Option(help: "Why (required).") var reason: String
    @Flag(help: "转办 by the joint meeting: copied to the settings' open-affairs-office (default 县政务公开办); the unit records its analysis (dutydesk analyse) before its feedback.")
    var meeting = false

    func run() throws {
        try perform(code) { desk in
            meeting ? .meetingTransfer(unit: unit, reason: reason, office: desk.settings.openAffairsOffice)
                : .transfer(unit: unit, reason: reason)
        }
    }
}

struct Refer: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "移交: refer the case to the police or internet supervision.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "公安|网监 (police|internet-supervision).") var to: String
    @Option(help: "What is referred.") var note: String?

    func run() throws {
        try perform(code) { desk in .refer(target: try desk.value(to, as: ReferralTarget.self, option: "--to"), note: note ?? "") }
    }
}

struct ReferralOutcomeCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral-outcome", abstract: "Record what came of the case's latest open referral.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Argument(help: "The outcome.") var outcome: String

    func run() throws { try perform(code) { _ in .referralOutcome(outcome) } }
}

struct Reopen: DeskCommand {
    static let configuration = CommandConfiguration(abstract: "Reopen a closed case; its clocks run again.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "Why (required).") var reason: String

    func run() throws { try perform(code) { _ in .reopen(reason: reason) } }
}

struct Correct: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "Correct a report field with a new event; the timeline shows both.",
        discussion: "Fields: title, detail, locality, caller, phone, channel, discovered-at (事由、详情、属地、来电人、电话、来源渠道、发现时间).")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The field.") var field: String
    @Option(parsing: .unconditional, help: "Its right value.") var value: String
    @Option(help: "Why (required); it is listed with the correction in the brief and the overdue notice.") var reason: String

    func run() throws {
        try perform(code) { desk in
            .correct(field: try desk.value(field, as: CorrectableField.self, option: "--field"), value: value, reason: reason)
        }
    }
}

struct Feedback: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "反馈: a unit with a role on the case says what it has done, offline and online.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The unit (it must have a role on the case).") var unit: String
    @Option(help: "What it has done.") var text: String
    @Option(parsing: .unconditional, help: "When (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).")
    var at: String?

    func run() throws {
        try perform(code) { desk in .feedback(unit: unit, text: text, at: try desk.time(at, option: "--at")) }
    }
}

struct ReportUp: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-to",
        abstract: "第一时间报告 / 报送: record that the case was reported to a department or leader.",
        discussion: "A 重大/特别重大 opinion is reported to every department in the settings' first-report-to "
            + "(default 县政府办公室 and 县网信办) within first-report-minutes (default 60) of discovery.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "Reported to (a department or leader).") var to: String
    @Option(help: "值班电话|网络舆情沟通平台|政务信息报送系统|书面|其他 (phone|opinion-platform|info-system|written|other).")
    var method: String
    @Option(parsing: .unconditional, help: "When (default now). (-30m, 08:15, 昨天 21:00, 2026-11-23 14:05, ISO 8601).")
    var at: String?
    @Option(help: "What was reported.") var text: String?
    @Option(help: "本级|上级机关|同级党委 (same-level|higher|party-committee); default 本级.") var scope: String?

    func run() throws {
        try perform(code) { desk in
            .reportUp(UpwardReport(recipient: to, method: try desk.value(method, as: ReportMethod.self, option: "--method"),
                                   at: try desk.time(at, option: "--at") ?? desk.now, text: text ?? "",
                                   scope: try scope.map { try desk.value($0, as: ReportScope.self, option: "--scope") } ?? .sameLevel))
        }
    }
}
