import Foundation
import DutyDeskCore
import TOMLKit

/// Reads the desk's settings file. Pure: the app reads the file and passes its text.
///
/// ```toml
/// [desk]
/// name = "城关镇舆情值班台"
/// code = "CG"
/// timezone = "Asia/Shanghai"
/// follow-up-hours = 24
/// handover-hours = 12
/// first-report-minutes = 60
/// first-report-to = ["县政府办公室", "县网信办"]
/// localities = ["城关镇", "河西街道"]
///
/// [[units]]
/// name = "县水务局"
/// head = "张建国"
/// liaison = "李敏"
/// phone = "0000-1234567"
/// leader = "刘副局长"
/// leader-phone = "0000-7654321"
///
/// [[on-call]]
/// name = "王芳"
/// unit = "县政府办"
/// phone = "13800000000"
/// from = "2026-12-01 08:00"
/// to = "2026-12-02 08:00"
/// ```
public enum SettingsParser {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let fileName: String
        public let line: Int?
        public let message: String

        public var description: String { "\(fileName)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    /// `timeZone` reads the roster's local times where the file names no `timezone` of its own;
    /// a problem is said in `language`, naming the keys as they are written in the file.
    public static func parse(text: String, fileName: String, timeZone: TimeZone = .current,
                             language: Language = .english) throws(Problem) -> DeskSettings {
        let words = Words.table(for: language)
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch {
            let syntax = error as? TOMLParseError
            // The TOML library's own sentence is English: the Chinese message gives the column instead.
            let detail = language == .chinese ? String(syntax?.source.begin.column ?? 0)
                : syntax?.description ?? String(describing: error)
            throw Problem(fileName: fileName, line: syntax?.source.begin.line, message: fill(words.syntax, detail))
        }
        let lines = TOMLKeyLines(text: text)
        func fail(_ path: [String], _ message: String) -> Problem {
            Problem(fileName: fileName, line: lines.line(of: path), message: message)
        }
        var settings = DeskSettings()
        // The roster's local times are the desk's, whichever table the file names first.
        let rosterZone = document["desk"]?.table?["timezone"]?.string.flatMap(TimeZone.init(identifier:)) ?? timeZone
        for (key, value) in document {
            switch key {
            case "desk":
                guard let desk = value.table else { throw fail([key], fill(words.notTable, key)) }
                for (field, entry) in desk {
                    let path = [key, field]
                    switch field {
                    case "name": settings.deskName = try string(entry, path, words, fail)
                    case "code": settings.deskCode = try string(entry, path, words, fail)
                    case "follow-up-hours":
                        guard let hours = entry.double ?? entry.int.map(Double.init), hours > 0, hours <= 24 * 7 else {
                            throw fail(path, fill(words.hours, field, 168))
                        }
                        settings.followUpCadenceHours = hours
                    case "handover-hours":
                        guard let hours = entry.double ?? entry.int.map(Double.init), hours > 0, hours <= 72 else {
                            throw fail(path, fill(words.hours, field, 72))
                        }
                        settings.handoverHorizonHours = hours
                    case "patrol-hours":
                        guard let hours = entry.double ?? entry.int.map(Double.init), hours > 0, hours <= 24 else {
                            throw fail(path, fill(words.hours, field, 24))
                        }
                        settings.patrolHours = hours
                    case "timezone":
                        guard let zone = entry.string.flatMap(TimeZone.init(identifier:)) else {
                            throw fail(path, fill(words.zone, field))
                        }
                        settings.timeZone = zone
                    case "first-report-minutes":
                        guard let minutes = entry.double ?? entry.int.map(Double.init), minutes > 0, minutes <= 24 * 60 else {
                            throw fail(path, fill(words.minutes, field, 1440))
                        }
                        settings.firstReportMinutes = minutes
                    case "first-report-to":
                        guard let list = entry.array?.map({ $0.string }), !list.contains(nil), !list.isEmpty else {
                            throw fail(path, fill(words.recipients, field))
                        }
                        settings.firstReportRecipients = list.compactMap { $0 }
                    case "open-affairs-office":
                        let office = try string(entry, path, words, fail).trimmingCharacters(in: .whitespaces)
                        guard !office.isEmpty else { throw fail(path, fill(words.text, path.joined(separator: "."))) }
                        settings.openAffairsOffice = office
                    case "localities":
                        guard let list = entry.array?.map({ $0.string }), !list.contains(nil) else {
                            throw fail(path, fill(words.names, field))
                        }
                        settings.localities = list.compactMap { $0 }
                    default: throw fail(path, fill(words.unknownKey, field, "[desk]", "name, code, timezone, follow-up-hours, handover-hours, patrol-hours, first-report-minutes, first-report-to, localities, open-affairs-office"))
                    }
                }
            case "units":
                guard let entries = value.array else { throw fail([key], fill(words.tables, key, key)) }
                for (index, entry) in entries.enumerated() {
                    let at = [key, String(index + 1)]
                    guard let table = entry.table else { throw fail(at, fill(words.eachTable, key)) }
                    guard let name = table["name"]?.string, !name.isEmpty else { throw fail(at, fill(words.needsName, key)) }
                    var unit = DeskSettings.MemberUnit(name: name)
                    for (field, value) in table {
                        let path = at + [field]
                        switch field {
                        case "name": continue
                        case "head": unit.head = try string(value, path, words, fail)
                        case "liaison": unit.liaison = try string(value, path, words, fail)
                        case "phone": unit.phone = try string(value, path, words, fail)
                        case "leader": unit.leader = try string(value, path, words, fail)
                        case "leader-phone": unit.leaderPhone = try string(value, path, words, fail)
                        default:
                            throw fail(path, fill(words.unknownKey, field, "[[units]]", "name, head, liaison, phone, leader, leader-phone"))
                        }
                    }
                    settings.units.append(unit)
                }
            case "on-call":
                guard let entries = value.array else { throw fail([key], fill(words.tables, key, key)) }
                for (index, entry) in entries.enumerated() {
                    let at = [key, String(index + 1)]
                    guard let table = entry.table, let name = table["name"]?.string, !name.isEmpty else {
                        throw fail(at, fill(words.needsName, key))
                    }
                    func time(_ field: String) throws(Problem) -> Date {
                        guard let text = table[field]?.string,
                              let date = ISO8601Timestamp.parse(text) ?? localTime(text, in: rosterZone) else {
                            throw fail(at + [field], fill(words.time, field))
                        }
                        return date
                    }
                    let from = try time("from"), to = try time("to")
                    guard from < to else { throw fail(at, words.stretch) }
                    settings.roster.append(DeskSettings.OnCall(name: name, unit: table["unit"]?.string ?? "",
                                                               phone: table["phone"]?.string ?? "", from: from, to: to))
                }
            case "store":
                settings.store = try string(value, [key], words, fail)
            case "spokespersons":
                settings.spokespersons = try spokespersons(value, words: words, language: language, fail: fail)
            case "experts":
                settings.experts = try experts(value, words: words, language: language, fail: fail)
            default:
                throw fail([key], fill(words.unknownTopKey, key, "store, desk, units, on-call, spokespersons, experts"))
            }
        }
        return settings
    }

    /// "2026-12-01 08:00" in the desk's zone: a roster is written in local time, never relative to now.
    static func localTime(_ text: String, in timeZone: TimeZone) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).map { Int($0) }
        guard parts.count == 5, let year = parts[0], let month = parts[1], let day = parts[2], let hour = parts[3],
              let minute = parts[4], (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute) else { return nil }
        return CivilTime(year: year, month: month, day: day, hour: hour, minute: minute).date(in: timeZone)
    }

    private static func string(_ value: TOMLValueConvertible, _ path: [String], _ words: Words,
                               _ fail: ([String], String) -> Problem) throws(Problem) -> String {
        guard let string = value.string else { throw fail(path, fill(words.text, path.joined(separator: "."))) }
        return string
    }

    /// What is wrong with a settings file, one table per language. Keys, tables and example
    /// values stay as they are written in the file, which is what the person edits.
    struct Words: Sendable {
        let syntax, notTable, hours, zone, minutes, recipients, names, unknownKey, unknownTopKey, tables, eachTable, needsName, time,
            stretch, text: String

        static func table(for language: Language) -> Words { language == .chinese ? .chinese : .english }

        static let chinese = Words(
            syntax: "不是有效的 TOML：第 {} 列有语法错误", notTable: "{} 必须是一个表",
            hours: "{} 必须是 1 到 {} 之间的小时数", zone: "{} 必须是时区名称，例如 \"Asia/Shanghai\"",
            minutes: "{} 必须是 1 到 {} 之间的分钟数", recipients: "{} 必须是第一时间报告对象（部门）的列表",
            names: "{} 必须是名称的列表", unknownKey: "没有键「{}」（在 {} 中；可用的键：{}）", unknownTopKey: "没有键「{}」（可用的键：{}）",
            tables: "{} 必须写成 [[{}]] 表", eachTable: "每个 [[{}]] 必须是一个表", needsName: "每个 [[{}]] 都需要 name（名称）",
            time: "{} 必须是时间，例如 2026-12-01 08:00", stretch: "值班时段的结束时间必须晚于开始时间",
            text: "{} 必须是文本")

        static let english = Words(
            syntax: "not valid TOML: {}", notTable: "{} must be a table",
            hours: "{} must be a number of hours from 1 to {}", zone: "{} must be an IANA zone name such as \"Asia/Shanghai\"",
            minutes: "{} must be a number of minutes from 1 to {}",
            recipients: "{} must be a list of the departments a first report goes to",
            names: "{} must be a list of names", unknownKey: "unknown key \"{}\" in {} (valid keys: {})",
            unknownTopKey: "unknown key \"{}\" (valid keys: {})",
            tables: "{} must be [[{}]] tables", eachTable: "each [[{}]] must be a table", needsName: "each [[{}]] needs a name",
            time: "{} must be a time such as 2026-12-01 08:00", stretch: "an on-call stretch must end after it starts",
            text: "{} must be text")
    }
}
