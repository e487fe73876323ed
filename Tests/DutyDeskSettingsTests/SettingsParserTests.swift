import DutyDeskCore
import Foundation
import Testing
@testable import DutyDeskSettings

@Suite struct SettingsParserTests {
    static let good = """
        [desk]
        name = "城关镇舆情值班台"
        code = "CG"
        timezone = "Asia/Shanghai"
        follow-up-hours = 12
        localities = ["城关镇", "河西街道"]

        [[units]]
        name = "县水务局"
        head = "张建国"
        liaison = "李敏"
        phone = "0000-1234567"

        [[units]]
        name = "县卫健委"
        """

    @Test func aDeskWithItsUnitsAndCadence() throws {
        let settings = try SettingsParser.parse(text: Self.good, fileName: "config.toml")
        #expect(settings.deskName == "城关镇舆情值班台" && settings.deskCode == "CG")
        #expect(settings.localities == ["城关镇", "河西街道"])
        #expect(settings.units.map(\.name) == ["县水务局", "县卫健委"])
        #expect(settings.units[0].head == "张建国" && settings.units[0].liaison == "李敏")
        #expect(settings.policy.followUpCadence == 12 * 3600)
        #expect(settings.timeZone == TimeZone(identifier: "Asia/Shanghai"))
        #expect(try SettingsParser.parse(text: "[desk]\nname = \"x\"\n", fileName: "c.toml").timeZone == nil)
    }

    @Test(arguments: [
        ("[desk]\nname = 1\n", 2, "desk.name must be text"),
        ("[desk]\nfollow-up-hours = 0\n", 2, "follow-up-hours must be a number"),
        ("[desk]\ncolour = \"red\"\n", 2, "unknown key \"colour\" in [desk]"),
        ("[desk]\nname = \"x\"\ntimezone = \"Beijing\"\n", 3, "timezone must be an IANA zone name"),
        ("[[units]]\nname = \"甲\"\n\n[[units]]\nname = \"乙\"\nfax = \"1\"\n", 6, "unknown key \"fax\" in [[units]]"),
        ("[[units]]\nhead = \"张\"\n", 1, "each [[units]] needs a name"),
        ("[desk\nname = \"x\"\n", 1, "not valid TOML"),
        ("extra = 1\n", 1, "unknown key \"extra\""),
    ])
    func badSettingsNameTheFileAndLine(text: String, line: Int, message: String) {
        guard let error = refusal(of: text, fileName: "desk/config.toml") else { return }
        #expect(error.line == line, "\(error)")
        #expect(error.description.hasPrefix("desk/config.toml:\(line): ") && error.description.contains(message),
                "\(error)")
    }

    /// The message says what the check allows: any amount above 0 (half an hour too) up to the limit.
    @Test func anAmountIsAboveZeroAndAtMostItsLimitAsTheMessageSays() throws {
        let half = try SettingsParser.parse(text: "[desk]\npatrol-hours = 0.5\nfirst-report-minutes = 1440\n", fileName: "c.toml")
        #expect(half.patrolHours == 0.5 && half.firstReportMinutes == 1440)
        for (text, message) in [("[desk]\npatrol-hours = 0\n", "patrol-hours must be a number of hours above 0 and at most 24"),
                                ("[desk]\npatrol-hours = 24.5\n", "patrol-hours must be a number of hours above 0 and at most 24"),
                                ("[desk]\nfirst-report-minutes = -1\n",
                                 "first-report-minutes must be a number of minutes above 0 and at most 1440")] {
            #expect(throws: SettingsParser.Problem(fileName: "c.toml", line: 2, message: message)) {
                try SettingsParser.parse(text: text, fileName: "c.toml")
            }
        }
    }

    static let roster = """
        [desk]
        timezone = "Asia/Shanghai"

        [[on-call]]
        name = "王芳"
        unit = "县政府办"
        phone = "13800000000"
        from = "2026-12-01 08:00"
        to = "2026-12-02 08:00"
        """

    @Test func anOnCallStretchIsReadInTheDesksZone() throws {
        let settings = try SettingsParser.parse(text: Self.roster, fileName: "c.toml", timeZone: TimeZone(identifier: "UTC")!)
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        #expect(settings.roster == [DeskSettings.OnCall(name: "王芳", unit: "县政府办", phone: "13800000000",
                                                        from: CivilTime(year: 2026, month: 12, day: 1, hour: 8).date(in: zone),
                                                        to: CivilTime(year: 2026, month: 12, day: 2, hour: 8).date(in: zone))])
    }

    /// An on-call key the desk does not read is refused like any other table's, with the valid keys.
    @Test(arguments: [
        (roster + "\nmobile = \"139\"\n", 10, "unknown key \"mobile\" in [[on-call]] (valid keys: name, unit, phone, from, to)"),
        (roster.replacingOccurrences(of: "phone = \"13800000000\"", with: "phone = 13800000000"), 7,
         "on-call.1.phone must be text"),
        (roster.replacingOccurrences(of: "to = \"2026-12-02 08:00\"", with: ""), 4, "to must be a time"),
        (roster.replacingOccurrences(of: "to = \"2026-12-02 08:00\"", with: "to = \"2026-12-01 07:00\""), 4,
         "an on-call stretch must end after it starts"),
    ])
    func aBadOnCallStretchIsRefused(text: String, line: Int, message: String) {
        guard let error = refusal(of: text, fileName: "c.toml") else { return }
        #expect(error.line == line && error.message.contains(message), "\(error)")
    }

    /// The keys a refusal lists are the keys the parser reads: each listed key, given a value of
    /// the wrong kind, is refused for its value at its own line, never as unknown.
    @Test(arguments: [("desk", SettingsParser.desk.names), ("units", SettingsParser.units.names),
                      ("on-call", SettingsParser.onCall.names)])
    func everyListedKeyIsRead(table: String, names: String) {
        let keys = names.components(separatedBy: ", ")
        #expect(keys.count >= 5 && Set(keys).count == keys.count, "\(names)")
        let header = table == "desk" ? "[desk]" : "[[\(table)]]\nname = \"甲\""
        for key in keys where key != "name" {
            guard let error = refusal(of: "\(header)\n\(key) = [[1]]\n", fileName: "c.toml") else { continue }
            #expect(error.line == (table == "desk" ? 2 : 3) && !error.message.contains("unknown key"), "\(key): \(error)")
        }
        #expect(SettingsParser.file.names == "store, desk, units, on-call, spokespersons, experts, response-plans")
    }

    /// The same problems in Chinese: the keys as written in the file, the rest in Chinese.
    @Test func aProblemIsSaidInTheDesksLanguage() {
        guard let error = refusal(of: "[desk]\nfollow-up-hours = 0\n", fileName: "c.toml", language: .chinese) else { return }
        #expect(error.description == "c.toml:2: follow-up-hours 必须是大于 0、不超过 168 的小时数", "\(error)")
    }
}

/// `[response-plans]`: a list of items per emergency grade, named in Chinese or by code; a key that is no
/// grade is refused naming the grades.
@Suite struct ResponsePlansSettingsTests {
    @Test func plansAreReadPerGrade() throws {
        let settings = try SettingsParser.parse(text: """
            [response-plans]
            "重大" = ["第一时间报告", "起草通稿"]
            extraordinary = ["第一时间报告", "主要负责人到场"]
            """, fileName: "config.toml")
        #expect(settings.responsePlans.items(for: .major) == ["第一时间报告", "起草通稿"])
        #expect(settings.responsePlans.items(for: .extraordinary) == ["第一时间报告", "主要负责人到场"])
        #expect(settings.responsePlans.items(for: .general).isEmpty)
        #expect(try SettingsParser.parse(text: "", fileName: "c.toml").responsePlans == ResponsePlans())
    }

    @Test(arguments: [
        ("[response-plans]\n\"紧急\" = [\"a\"]\n", 2, "\"紧急\" in [response-plans] is not an emergency grade (valid: extraordinary, major, significant, general, none; plans per opinion level and warning class go in [response-plans.level] and [response-plans.class])"),
        ("[response-plans]\n\"重大\" = []\n", 2, "重大 must be a list of the plan's items"),
        ("[response-plans]\n\"重大\" = [\"a\", \"a\"]\n", 2, "重大 must be a list of the plan's items"),
        ("[response-plans]\n\"重大\" = \"a\"\n", 2, "重大 must be a list of the plan's items"),
        ("response-plans = 3\n", 1, "response-plans must be a table"),
    ])
    func badPlansNameTheLine(text: String, line: Int, message: String) {
        guard let error = refusal(of: text, fileName: "config.toml") else { return }
        #expect(error.line == line, "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    /// Plans per opinion level and warning class sit in sub-tables, since the levels' Chinese names are the grades'.
    @Test func plansAreReadPerLevelAndClass() throws {
        let settings = try SettingsParser.parse(text: """
            [response-plans]
            "重大" = ["第一时间报告"]

            [response-plans.level]
            "重大" = ["报告县政府办"]
            extraordinary = ["报告主要负责同志"]

            [response-plans.class]
            "复杂敏感事件" = ["会商研判"]
            emergency = ["拟定发言人"]
            """, fileName: "config.toml")
        #expect(settings.responsePlans == ResponsePlans([.major: ["第一时间报告"]],
                                                        levels: [.major: ["报告县政府办"], .extraordinary: ["报告主要负责同志"]],
                                                        classes: [.sensitive: ["会商研判"], .emergency: ["拟定发言人"]]))
    }

    @Test(arguments: [
        ("[response-plans.level]\n\"不涉及\" = [\"a\"]\n", 2,
         "\"不涉及\" in [response-plans.level] is not valid there (valid: extraordinary, major, significant, general)"),
        ("[response-plans.class]\n\"热点\" = [\"a\"]\n", 2,
         "\"热点\" in [response-plans.class] is not valid there (valid: routine, hotspot, sensitive, emergency)"),
        ("[response-plans.class]\nsensitive = []\n", 2, "sensitive must be a list of the plan's items"),
        ("[response-plans]\nclass = [\"a\"]\n", 2, "class must be a table"),
        ("[response-plans.kind]\nx = [\"a\"]\n", 1, "plans per opinion level and warning class go in [response-plans.level] and [response-plans.class]"),
    ])
    func badLevelAndClassPlansNameTheLine(text: String, line: Int, message: String) {
        guard let error = refusal(of: text, fileName: "config.toml") else { return }
        #expect(error.line == line, "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func aBadClassIsSaidInChinese() {
        guard let error = refusal(of: "[response-plans.class]\n\"热点\" = [\"a\"]\n", fileName: "c.toml", language: .chinese) else { return }
        #expect(error.description == "c.toml:2: 「热点」不是 [response-plans.class] 中可用的键（可用：一般性事项、社会热点问题、复杂敏感事件、重大突发事态）",
                "\(error)")
    }

    @Test func aBadGradeIsSaidInChinese() {
        guard let error = refusal(of: "[response-plans]\n\"紧急\" = [\"a\"]\n", fileName: "c.toml", language: .chinese) else { return }
        #expect(error.description == "c.toml:2: [response-plans] 中的「紧急」不是突发事件等级（可用：特别重大、重大、较大、一般、不涉及；舆情等级、预警类别的预案写在 [response-plans.level]、[response-plans.class] 中）",
                "\(error)")
    }
}
