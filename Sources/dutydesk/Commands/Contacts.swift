import ArgumentParser
import DutyDeskCore
import DutyDeskJSON
import DutyDeskText
import Foundation

/// 24小时联络畅通 (003): every member unit's 负责人, 分管领导 and 联络人 with their phones, and who is on
/// call now by the roster, from the desk's settings; a word narrows it (Chinese included).
struct Contacts: DeskCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: HelpText.pick(zh: "通讯录：各单位的负责人、分管领导、联络人及电话，以及当前值班人员。", en: "The contact directory: every unit's head, leader in charge, liaison and phones, and who is on call now."))
    @ParentCommand var root: DutyDesk
    @OptionGroup var options: DeskOptions
    @Argument(help: ArgumentHelp(HelpText.pick(zh: "只列名称或号码包含此文字的单位或人员。", en: "Only the units or people whose names or numbers contain this."))) var search: String?
    @Flag(help: ArgumentHelp(HelpText.pick(zh: "输出 JSON 对象：单位和值班安排。", en: "JSON object: units and on-call."))) var json = false

    func run() throws {
        let desk = try context()
        let wanted = search?.trimmingSpaces() ?? ""
        let units = desk.settings.units.filter { $0.matches(wanted) }
        let onCall = desk.settings.onCall(at: desk.now).filter {
            wanted.isEmpty || [$0.name, $0.unit, $0.phone].contains { $0.localizedStandardContains(wanted) }
        }
        if json {
            func time(_ date: Date) -> JSONValue { .string(ISO8601Timestamp.format(date, in: desk.timeZone)) }
            print(JSONWriter.pretty(.object(JSONObject([
                ("units", .array(units.map { unit in
                    .object(JSONObject([("name", .string(unit.name)), ("head", .string(unit.head)),
                                        ("leader", .string(unit.leader)), ("leaderPhone", .string(unit.leaderPhone)),
                                        ("liaison", .string(unit.liaison)), ("phone", .string(unit.phone))]))
                })),
                ("onCall", .array(onCall.map { entry in
                    .object(JSONObject([("name", .string(entry.name)), ("unit", .string(entry.unit)),
                                        ("phone", .string(entry.phone)), ("from", time(entry.from)), ("to", time(entry.to))]))
                })),
            ]))))
            return
        }
        let words = desk.strings.contacts
        let rows = [[words.unit, words.head, words.leader, words.liaison, words.phone]] + units.map { unit in
            [unit.name, unit.head, [unit.leader, unit.leaderPhone].filter { !$0.isEmpty }.joined(separator: " "), unit.liaison,
             unit.phone].map(SafeText.singleLine)
        }
        let widths = (0..<5).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for row in rows {
            print(zip(row, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  "))
        }
        if units.isEmpty { print(words.noUnits) }
        print(words.onCallNow + (onCall.isEmpty ? words.nobody : ""))
        for entry in onCall {
            print("  " + [entry.name, entry.unit, entry.phone].map(SafeText.singleLine).filter { !$0.isEmpty }.joined(separator: "  ")
                  + "  " + fill(words.until, DisplayTime.minutes(entry.to, in: desk.timeZone)))
        }
    }
}
