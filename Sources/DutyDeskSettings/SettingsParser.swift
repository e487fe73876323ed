import DutyDeskCore
import DutyDeskText
import Foundation
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
/// [response-plans]
/// "重大" = ["第一时间报告", "收集权威信息", "确定牵头单位", "起草通稿", "拟定发言人"]
///
/// [response-plans.level]
/// "特别重大" = ["报告主要负责同志"]
///
/// [response-plans.class]
/// "复杂敏感事件" = ["会商研判"]
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
        // The roster's local times are the desk's, whichever table the file names first.
        let rosterZone = document["desk"]?.table?["timezone"]?.string.flatMap(TimeZone.init(identifier:)) ?? timeZone
        let reader = SettingsReader(fileName: fileName, lines: TOMLKeyLines(text: text), words: words, language: language,
                                    rosterZone: rosterZone)
        var settings = DeskSettings()
        try file.read(document, at: [], reader, into: &settings)
        return settings
    }

    /// The file's tables.
    static var file: SettingsKeys<DeskSettings> {
        SettingsKeys(table: nil, keys: [
            .init("store") { value, path, reader, settings throws(Problem) in settings.store = try reader.text(value, path) },
            .init("desk") { value, path, reader, settings throws(Problem) in
                try desk.read(try reader.table(value, path), at: path, reader, into: &settings)
            },
            .init("units") { value, path, reader, settings throws(Problem) in
                for (table, at) in try reader.tables(value, path) {
                    var unit = DeskSettings.MemberUnit(name: "")
                    try units.read(table, at: at, reader, into: &unit)
                    settings.units.append(unit)
                }
            },
            .init("on-call") { value, path, reader, settings throws(Problem) in
                for (table, at) in try reader.tables(value, path) {
                    var entry = OnCallEntry()
                    try onCall.read(table, at: at, reader, into: &entry)
                    // Both ends are required: a stretch without one would cover no time, or all.
                    guard let from = entry.from else { throw reader.fail(at + ["from"], fill(reader.words.time, "from")) }
                    guard let to = entry.to else { throw reader.fail(at + ["to"], fill(reader.words.time, "to")) }
                    guard from < to else { throw reader.fail(at, reader.words.stretch) }
                    settings.roster.append(DeskSettings.OnCall(name: entry.name, unit: entry.unit, phone: entry.phone,
                                                               from: from, to: to))
                }
            },
            .init("spokespersons") { value, _, reader, settings throws(Problem) in
                settings.spokespersons = try spokespersons(value, words: reader.words, language: reader.language, fail: reader.fail)
            },
            .init("experts") { value, _, reader, settings throws(Problem) in
                settings.experts = try experts(value, words: reader.words, language: reader.language, fail: reader.fail)
            },
            .init("response-plans") { value, path, reader, settings throws(Problem) in
                settings.responsePlans = try responsePlans(try reader.table(value, path), at: path, reader)
            },
        ])
    }

    static var desk: SettingsKeys<DeskSettings> {
        SettingsKeys(table: "[desk]", keys: [
            .init("name") { value, path, reader, settings throws(Problem) in settings.deskName = try reader.text(value, path) },
            .init("code") { value, path, reader, settings throws(Problem) in settings.deskCode = try reader.text(value, path) },
            .init("timezone") { value, path, reader, settings throws(Problem) in
                guard let zone = value.string.flatMap(TimeZone.init(identifier:)) else {
                    throw reader.fail(path, fill(reader.words.zone, path.last ?? ""))
                }
                settings.timeZone = zone
            },
            .amount("follow-up-hours", \.followUpCadenceHours, limit: 24 * 7, \.hours),
            .amount("handover-hours", \.handoverHorizonHours, limit: 72, \.hours),
            .amount("patrol-hours", \.patrolHours, limit: 24, \.hours),
            .amount("first-report-minutes", \.firstReportMinutes, limit: 24 * 60, \.minutes),
            .init("first-report-to") { value, path, reader, settings throws(Problem) in
                settings.firstReportRecipients = try reader.names(value, path, nonEmpty: true, reader.words.recipients)
            },
            .init("localities") { value, path, reader, settings throws(Problem) in
                settings.localities = try reader.names(value, path, nonEmpty: false, reader.words.names)
            },
            .init("open-affairs-office") { value, path, reader, settings throws(Problem) in
                let office = try reader.text(value, path).trimmingSpaces()
                guard !office.isEmpty else { throw reader.fail(path, fill(reader.words.text, path.joined(separator: "."))) }
                settings.openAffairsOffice = office
            },
        ])
    }

    /// A `[[units]]` table: a member unit and who answers for it.
    static var units: SettingsKeys<DeskSettings.MemberUnit> {
        SettingsKeys(table: "[[units]]", keys: [
            .text("name", \.name), .text("head", \.head), .text("liaison", \.liaison), .text("phone", \.phone),
            .text("leader", \.leader), .text("leader-phone", \.leaderPhone),
        ])
    }

    /// An `[[on-call]]` table as it is read, before both ends of the stretch are known.
    struct OnCallEntry {
        var name = "", unit = "", phone = ""
        var from: Date?, to: Date?
    }

    static var onCall: SettingsKeys<OnCallEntry> {
        SettingsKeys(table: "[[on-call]]", keys: [
            .text("name", \.name), .text("unit", \.unit), .text("phone", \.phone), .time("from", \.from), .time("to", \.to),
        ])
    }

    /// `[response-plans]`: each key an emergency grade (in Chinese or its code), each value the list of
    /// what that grade's plan requires; the sub-tables `[response-plans.level]` and
    /// `[response-plans.class]` do the same per opinion level and warning class (the levels' Chinese
    /// names are the grades', so they cannot share one table). A key that is none of these is refused
    /// naming what is valid there.
    static func responsePlans(_ table: TOMLTable, at path: [String], _ reader: SettingsReader)
        throws(Problem) -> ResponsePlans {
        var plans = ResponsePlans()
        for (key, value) in table {
            let at = path + [key]
            switch key {
            case "level": plans.levels = try plan(OpinionLevel.self, try reader.table(value, at), at: at, reader)
            case "class": plans.classes = try plan(WarningClass.self, try reader.table(value, at), at: at, reader)
            default:
                guard let grade = Grade(token: key) else {
                    throw reader.fail(at, fill(reader.words.grade, key, Grade.validValues(in: reader.language)))
                }
                plans.grades[grade] = try planItems(value, at: at, reader)
            }
        }
        return plans
    }

    /// `[response-plans.level]` or `[response-plans.class]`: each key one of `Kind`'s values.
    static func plan<Kind: Vocabulary>(_ kind: Kind.Type, _ table: TOMLTable, at path: [String], _ reader: SettingsReader)
        throws(Problem) -> [Kind: [String]] {
        var plans: [Kind: [String]] = [:]
        for (key, value) in table {
            let at = path + [key]
            guard let kind = Kind(token: key) else {
                throw reader.fail(at, fill(reader.words.planKey, key, path.joined(separator: "."),
                                           Kind.validValues(in: reader.language)))
            }
            plans[kind] = try planItems(value, at: at, reader)
        }
        return plans
    }

    /// One plan's items: at least one, none empty or twice.
    static func planItems(_ value: TOMLValueConvertible, at: [String], _ reader: SettingsReader) throws(Problem) -> [String] {
        let key = at.last ?? ""
        let items = try reader.names(value, at, nonEmpty: true, reader.words.planItems)
            .map { $0.trimmingSpaces() }
        guard !items.contains(where: \.isEmpty), Set(items).count == items.count else {
            throw reader.fail(at, fill(reader.words.planItems, key))
        }
        return items
    }

    /// "2026-12-01 08:00" in the desk's zone: a roster is written in local time, never relative to now.
    static func localTime(_ text: String, in timeZone: TimeZone) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).map { Int($0) }
        guard parts.count == 5, let year = parts[0], let month = parts[1], let day = parts[2], let hour = parts[3],
              let minute = parts[4], (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute) else { return nil }
        return CivilTime(year: year, month: month, day: day, hour: hour, minute: minute).date(in: timeZone)
    }

    /// What is wrong with a settings file, one table per language. Keys, tables and example
    /// values stay as they are written in the file, which is what the person edits.
    struct Words: Sendable {
        let syntax, notTable, hours, zone, minutes, recipients, names, unknownKey, unknownTopKey, tables, eachTable, needsName, time,
            stretch, text, grade, planKey, planItems: String

        static func table(for language: Language) -> Words { language == .chinese ? .chinese : .english }

        static let chinese = Words(
            syntax: "不是有效的 TOML：第 {} 列有语法错误", notTable: "{} 必须是一个表",
            hours: "{} 必须是大于 0、不超过 {} 的小时数", zone: "{} 必须是时区名称，例如 \"Asia/Shanghai\"",
            minutes: "{} 必须是大于 0、不超过 {} 的分钟数", recipients: "{} 必须是第一时间报告对象（部门）的列表",
            names: "{} 必须是名称的列表", unknownKey: "没有键「{}」（在 {} 中；可用的键：{}）", unknownTopKey: "没有键「{}」（可用的键：{}）",
            tables: "{} 必须写成 [[{}]] 表", eachTable: "每个 [[{}]] 必须是一个表", needsName: "每个 [[{}]] 都需要 name（名称）",
            time: "{} 必须是时间，例如 2026-12-01 08:00", stretch: "值班时段的结束时间必须晚于开始时间",
            text: "{} 必须是文本",
            grade: "[response-plans] 中的「{}」不是突发事件等级（可用：{}；舆情等级、预警类别的预案写在 [response-plans.level]、[response-plans.class] 中）",
            planKey: "「{}」不是 [{}] 中可用的键（可用：{}）",
            planItems: "{} 必须是预案事项的列表（至少一项，每项不为空、不重复）")

        static let english = Words(
            syntax: "not valid TOML: {}", notTable: "{} must be a table",
            hours: "{} must be a number of hours above 0 and at most {}", zone: "{} must be an IANA zone name such as \"Asia/Shanghai\"",
            minutes: "{} must be a number of minutes above 0 and at most {}",
            recipients: "{} must be a list of the departments a first report goes to",
            names: "{} must be a list of names", unknownKey: "unknown key \"{}\" in {} (valid keys: {})",
            unknownTopKey: "unknown key \"{}\" (valid keys: {})",
            tables: "{} must be [[{}]] tables", eachTable: "each [[{}]] must be a table", needsName: "each [[{}]] needs a name",
            time: "{} must be a time such as 2026-12-01 08:00", stretch: "an on-call stretch must end after it starts",
            text: "{} must be text",
            grade: "\"{}\" in [response-plans] is not an emergency grade (valid: {}; plans per opinion level and warning class go in [response-plans.level] and [response-plans.class])",
            planKey: "\"{}\" in [{}] is not valid there (valid: {})",
            planItems: "{} must be a list of the plan's items (at least one, none empty or twice)")
    }
}
