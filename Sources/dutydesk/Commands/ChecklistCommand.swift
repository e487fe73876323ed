import ArgumentParser
import DutyDeskCore
import DutyDeskText
import Foundation

/// 分级响应预案: a case's checklist, each item ticked (by whom, when) or still to do; `--tick` records
/// one item done.
struct ChecklistCommand: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: HelpText.pick(zh: "响应预案：列出事件的预案事项（已办、未办）；--tick 记录一项已办。",
                                en: "Response plan: list a case's plan items (done, not done); --tick records one done."),
        discussion: HelpText.pick(zh: "事项来自设置中的 [response-plans]（按突发事件等级）及 [response-plans.level]（按舆情等级）、[response-plans.class]（按预警类别），在登记、定级或研判改变等级、类别时写入台账；只增加新要求的事项，已办的不会变回未办。",
                                  en: "The items come from the settings' [response-plans] (per emergency grade), [response-plans.level] "
                                      + "(per opinion level) and [response-plans.class] (per warning class) and are written into the ledger "
                                      + "when the case is registered, regraded or triaged to another grade, level or class; only newly "
                                      + "required items are added, and none is ever un-ticked."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "事件编号。", en: "Case code."))) var code: String
    @Option(help: ArgumentHelp(HelpText.pick(zh: "已办的事项：其文字或序号（从 1 起）。", en: "The item done: its text or its number (from 1).")))
    var tick: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(HelpText.pick(zh: "办理时间（默认现在）：-30m、08:15、昨天 21:00、2026-11-23 14:05 或 ISO 8601。", en: "When it was done (default now): -30m, 08:15, yesterday 21:00, 2026-11-23 14:05, ISO 8601.")))
    var at: String?

    func run() throws {
        let desk = try context()
        let subject: Case
        if let tick {
            let when = try desk.time(at, option: "--at")
            guard let recorded = try desk.record(instruction: false, { drafter throws(DraftRefusal) in
                try drafter.tickChecklist(code, item: tick, at: when)
            }) else { return }
            subject = recorded
        } else {
            subject = try desk.subject(code, in: try desk.readState())
        }
        let strings = desk.strings
        let time = { (date: Date) in DisplayTime.minutes(date, in: desk.timeZone) }
        print(subject.code + " " + strings.checklist.title)
        if subject.checklist.isEmpty { print(strings.checklist.none) }
        for (number, item) in subject.checklist.enumerated() {
            // The items come from the settings file: nothing in it reaches the terminal as a control.
            print("\(number + 1). " + SafeText.singleLine(strings.checklistLine(item, time: time)))
        }
    }
}
