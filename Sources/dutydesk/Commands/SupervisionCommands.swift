import ArgumentParser
import DutyDeskCore
import Foundation

struct Instruct: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "批示: a leader's instruction, supervised (督办) until its due time.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The leader.") var leader: String
    @Option(help: "The instruction.") var text: String
    @Option(parsing: .unconditional, help: "Due (+4h, 明天 12:00, 2026-11-24 12:00).") var due: String

    func run() throws {
        try perform(code) { desk in
            .instruct(leader: leader, text: text, dueAt: try desk.time(due, as: .due, option: "--due") ?? desk.now)
        }
    }
}

struct Meeting: DeskCommand {
    static let configuration = CommandConfiguration(
        abstract: "会商: record a joint meeting; each --action with a due time becomes a supervised item.",
        discussion: "--action \"事项@单位@截止\", e.g. --action \"公布水质检测结果@县水务局@+6h\"; unit and due may be left out.")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "Attending units, separated by commas (、 or ,).") var attendees: String
    @Option(help: "What was decided.") var decisions: String
    @Option(parsing: .singleValue, help: "An action: text@unit@due (repeatable).") var action: [String] = []
    @Option(parsing: .unconditional, help: "When it was held (default now).") var at: String?

    func run() throws {
        try perform(code) { desk in
            let tasks = try action.map { line -> JointMeeting.Task in
                let parsed = JointMeeting.Task.parse(line)
                return JointMeeting.Task(text: parsed.text, unit: parsed.unit, dueAt: try desk.time(parsed.due, as: .due, option: "--action"))
            }
            let names = attendees.split(whereSeparator: { "、,，".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            return .meeting(JointMeeting(at: try desk.time(at, option: "--at") ?? desk.now, attendees: names,
                                         decisions: decisions, actions: tasks))
        }
    }
}

struct ReportBackCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-back", abstract: "回告: report progress on a supervised item (the first open one by default).")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Argument(help: "What is reported.") var text: String
    @Option(help: "The item's id, as `show --json` lists it.") var item: String?

    func run() throws { try perform(code) { _ in .reportBack(item: item, text: text) } }
}

struct CompleteItem: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete-item", abstract: "Mark a supervised item done (the first open one by default).")
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: "Case code.") var code: String
    @Option(help: "The item's id.") var item: String?

    func run() throws { try perform(code) { _ in .completeItem(item: item) } }
}
