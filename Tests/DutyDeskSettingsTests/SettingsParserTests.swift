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
        do {
            _ = try SettingsParser.parse(text: text, fileName: "desk/config.toml")
            Issue.record("accepted")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.hasPrefix("desk/config.toml:\(line): ") && error.description.contains(message),
                    "\(error)")
        }
    }

    /// The same problems in Chinese: the keys as written in the file, the rest in Chinese.
    @Test func aProblemIsSaidInTheDesksLanguage() {
        do {
            _ = try SettingsParser.parse(text: "[desk]\nfollow-up-hours = 0\n", fileName: "c.toml", language: .chinese)
            Issue.record("accepted")
        } catch {
            #expect(error.description == "c.toml:2: follow-up-hours 必须是 1 到 168 之间的小时数", "\(error)")
        }
    }
}
